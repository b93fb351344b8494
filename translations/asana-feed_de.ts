<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AsanaFeed::AccountController</name>
    <message>
        <source>The sign-in of %1 was issued by %2 and is not used with %3. Sign in again to use this server.</source>
        <translation>Die Anmeldung von %1 stammt von %2 und wird nicht für %3 verwendet. Melden Sie sich erneut an, um diesen Server zu nutzen.</translation>
    </message>
    <message>
        <source>The sign-in of %1 is no longer on this computer. Sign in again to resume the feed.</source>
        <translation>Die Anmeldung von %1 ist nicht mehr auf diesem Computer. Melden Sie sich erneut an, um den Feed fortzusetzen.</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so the sign-in could not be read. Sign in again to resume the feed; it is kept for this run only.</source>
        <translation>Kein Schlüsselbund verfügbar (%1), daher konnte die Anmeldung nicht gelesen werden. Melden Sie sich erneut an, um den Feed fortzusetzen; die Anmeldung gilt nur bis zum Beenden.</translation>
    </message>
    <message>
        <source>The sign-in could not be read from the keychain (%1). Sign in again to resume the feed.</source>
        <translation>Die Anmeldung konnte nicht aus dem Schlüsselbund gelesen werden (%1). Melden Sie sich erneut an, um den Feed fortzusetzen.</translation>
    </message>
    <message>
        <source>Asana did not say which account this is. Please try again.</source>
        <translation>Asana hat nicht mitgeteilt, um welches Konto es sich handelt. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available (%1): you are signed in for this run only. Start a keychain (such as GNOME Keyring or KWallet) to stay signed in.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Sie sind nur bis zum Beenden angemeldet. Starten Sie einen Schlüsselbund (etwa GNOME Keyring oder KWallet), um angemeldet zu bleiben.</translation>
    </message>
    <message>
        <source>The keychain did not keep the sign-in (%1): you are signed in for this run only.</source>
        <translation>Der Schlüsselbund hat die Anmeldung nicht gespeichert (%1): Sie sind nur bis zum Beenden angemeldet.</translation>
    </message>
    <message>
        <source>No keychain is available: you are signed in for this run only.</source>
        <translation>Kein Schlüsselbund verfügbar: Sie sind nur bis zum Beenden angemeldet.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be kept in the keychain (%1); it is used for this run.</source>
        <translation>Die erneuerte Anmeldung konnte nicht im Schlüsselbund gespeichert werden (%1); sie gilt bis zum Beenden.</translation>
    </message>
    <message>
        <source>Signed out; the history on this computer was removed.</source>
        <translation>Abgemeldet; der Verlauf auf diesem Computer wurde entfernt.</translation>
    </message>
    <message>
        <source>Signed out; the history stays on this computer.</source>
        <translation>Abgemeldet; der Verlauf bleibt auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::AccountSession</name>
    <message>
        <source>The sign-in cannot be renewed (no refresh token). Please sign in again.</source>
        <translation>Die Anmeldung kann nicht erneuert werden (kein Refresh-Token). Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Asana refused to renew the sign-in (%1). Please sign in again.</source>
        <translation>Asana hat die Erneuerung der Anmeldung abgelehnt (%1). Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in could not be renewed (%1); trying again later.</source>
        <translation>Die Anmeldung konnte nicht erneuert werden (%1); neuer Versuch später.</translation>
    </message>
    <message>
        <source>Asana no longer accepts the personal access token. Please sign in again.</source>
        <translation>Asana akzeptiert das persönliche Zugriffstoken nicht mehr. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Asana no longer accepts the sign-in and it could not be renewed. Please sign in again.</source>
        <translation>Asana akzeptiert die Anmeldung nicht mehr, und sie konnte nicht erneuert werden. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Asana keeps refusing the renewed sign-in. Please sign in again.</source>
        <translation>Asana lehnt die erneuerte Anmeldung weiterhin ab. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in could not be revoked at Asana (%1); it was removed from this computer. You can revoke the app&apos;s access in Asana&apos;s settings.</source>
        <translation>Die Anmeldung konnte bei Asana nicht widerrufen werden (%1); sie wurde von diesem Computer entfernt. Sie können den Zugriff der App in den Einstellungen von Asana widerrufen.</translation>
    </message>
    <message>
        <source>The stored sign-in could not be deleted: %1</source>
        <translation>Die gespeicherte Anmeldung konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::Application</name>
    <message>
        <source>This desktop has no system tray, so Asana Feed opened its window.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich, daher hat Asana Feed sein Fenster geöffnet.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits Asana Feed.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich: Schließen des Fensters beendet Asana Feed.</translation>
    </message>
    <message>
        <source>Asana Feed is still running</source>
        <translation>Asana Feed läuft weiter</translation>
    </message>
    <message>
        <source>It keeps the feed up to date in the tray and tells you about what involves you. To quit, choose Quit Asana Feed in the tray icon&apos;s menu.</source>
        <translation>Es hält den Feed im Infobereich aktuell und benachrichtigt Sie über alles, was Sie betrifft. Zum Beenden wählen Sie „Asana Feed beenden“ im Menü des Symbols.</translation>
    </message>
    <message>
        <source>Waiting for the demo workspace</source>
        <translation>Warten auf den Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Events from the simulated projects appear here within a few seconds.</source>
        <translation>Ereignisse aus den simulierten Projekten erscheinen hier in wenigen Sekunden.</translation>
    </message>
    <message>
        <source>Asana refused the token in the ASANA_TOKEN environment variable. Set a valid personal access token there, or unset it and sign in.</source>
        <translation>Asana hat das Token in der Umgebungsvariable ASANA_TOKEN abgelehnt. Setzen Sie dort ein gültiges persönliches Zugriffstoken oder entfernen Sie die Variable und melden Sie sich an.</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::AsanaClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>„%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <source>plain http is only allowed to a loopback host, not to %1; use https</source>
        <translation>unverschlüsseltes http ist nur zu einem Loopback-Host erlaubt, nicht zu %1; verwenden Sie https</translation>
    </message>
    <message>
        <source>unsupported URL scheme &quot;%1&quot;</source>
        <translation>nicht unterstütztes URL-Schema „%1“</translation>
    </message>
    <message>
        <source>the credentials were issued by %1 and are not sent to %2</source>
        <translation>die Zugangsdaten stammen von %1 und werden nicht an %2 gesendet</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n s</source>
        <translation>
            <numerusform>keine vollständige Antwort innerhalb von %n s</numerusform>
            <numerusform>keine vollständige Antwort innerhalb von %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer is not JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::Demo</name>
    <message>
        <source>the demo simulator could not listen on 127.0.0.1</source>
        <translation>der Demo-Simulator konnte nicht auf 127.0.0.1 lauschen</translation>
    </message>
    <message>
        <source>the demo could not create its temporary store: %1</source>
        <translation>die Demo konnte ihren temporären Speicher nicht anlegen: %1</translation>
    </message>
    <message>
        <source>the demo history could not be stored: %1</source>
        <translation>der Demo-Verlauf konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::EventDelegate</name>
    <message>
        <source>Asana could not say what happened in this time</source>
        <translation>Asana konnte nicht sagen, was in dieser Zeit geschah</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::EventPoller</name>
    <message>
        <source>Asana said there was more, but the page moved the sync token no further</source>
        <translation>Asana meldete weitere Seiten, aber das Sync-Token hat sich nicht weiterbewegt</translation>
    </message>
    <message>
        <source>Asana answered 412 without a new sync token</source>
        <translation>Asana antwortete mit 412 ohne neues Sync-Token</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::EventStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The local history could not be read (%1) and was set aside as %2; a new history was started.</source>
        <translation>Der lokale Verlauf konnte nicht gelesen werden (%1) und wurde als %2 beiseitegelegt; ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The history cannot be kept on this computer (cannot use the state file %1: %2); the feed is kept for this run only.</source>
        <translation>Der Verlauf kann auf diesem Computer nicht gespeichert werden (die Statusdatei %1 ist nicht nutzbar: %2); der Feed bleibt nur bis zum Beenden erhalten.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not an Asana Feed history</source>
        <translation>%1 ist kein Asana-Feed-Verlauf</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Asana Feed; open it once with --follow or the window to upgrade it</source>
        <translation>%1 stammt von einer älteren Version von Asana Feed; öffnen Sie die Datei einmal mit --follow oder im Fenster, um sie zu aktualisieren</translation>
    </message>
    <message>
        <source>%1 is in use by another program (%2); nothing was changed, try again when it is done</source>
        <translation>%1 wird von einem anderen Programm verwendet (%2); nichts wurde geändert, versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot configure %1</source>
        <translation>%1 kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>%1 is damaged and could not be moved aside</source>
        <translation>%1 ist beschädigt und konnte nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation>die Schemaversion von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Asana Feed (schema %2)</source>
        <translation>%1 stammt von einer neueren Version von Asana Feed (Schema %2)</translation>
    </message>
    <message>
        <source>cannot migrate %1</source>
        <translation>%1 kann nicht migriert werden</translation>
    </message>
    <message>
        <source>migration to schema %1 failed</source>
        <translation>Migration auf Schema %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot save the sync token to %1</source>
        <translation>das Sync-Token kann nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot save the events to %1</source>
        <translation>die Ereignisse können nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>cannot save to %1: %2</source>
        <translation>in %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot save the gap to %1</source>
        <translation>die Lücke kann nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>cannot save the subscription</source>
        <translation>das Abonnement kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot remove the subscription</source>
        <translation>das Abonnement kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot save details to %1</source>
        <translation>Details können nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>cannot mark the event</source>
        <translation>das Ereignis kann nicht markiert werden</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>eine Transaktion kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>cannot mark the events</source>
        <translation>die Ereignisse können nicht markiert werden</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>Festschreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot prune the history</source>
        <translation>der Verlauf kann nicht bereinigt werden</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::FeedView</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Event actions</source>
        <translation>Aktionen für das Ereignis</translation>
    </message>
    <message>
        <source>Open in Asana</source>
        <translation>In Asana öffnen</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark as Not Done</source>
        <translation>Als nicht erledigt markieren</translation>
    </message>
    <message>
        <source>Mark as Done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Hide this project</source>
        <translation>Dieses Projekt ausblenden</translation>
    </message>
    <message>
        <source>Hide events in %1</source>
        <translation>Ereignisse in %1 ausblenden</translation>
    </message>
    <message>
        <source>Hide this person</source>
        <translation>Diese Person ausblenden</translation>
    </message>
    <message>
        <source>Hide events by %1</source>
        <translation>Ereignisse von %1 ausblenden</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::FilterBar</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Search people, tasks, projects…  (Ctrl+F or /)</source>
        <translation>Personen, Aufgaben, Projekte suchen…  (Strg+F)</translation>
    </message>
    <message>
        <source>Search the feed</source>
        <translation>Feed durchsuchen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Show only these people</source>
        <translation>Nur diese Personen anzeigen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Show only these projects</source>
        <translation>Nur diese Projekte anzeigen</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>Show only these kinds of resource</source>
        <translation>Nur diese Arten von Elementen anzeigen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Comments and stories</source>
        <translation>Kommentare und Verlauf</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Nur ungelesene</translation>
    </message>
    <message>
        <source>Show only unread events</source>
        <translation>Nur ungelesene Ereignisse anzeigen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Show only events marked done</source>
        <translation>Nur als erledigt markierte Ereignisse anzeigen</translation>
    </message>
    <message>
        <source>Events marked as done (E) leave the feed and are kept here</source>
        <translation>Als erledigt markierte Ereignisse (E) verlassen den Feed und werden hier aufbewahrt</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Due dates</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Not: %1 ×</source>
        <translation>Nicht: %1 ×</translation>
    </message>
    <message>
        <source>Hidden from the feed: %1. Click to show it again.</source>
        <translation>Im Feed ausgeblendet: %1. Zum erneuten Anzeigen klicken.</translation>
    </message>
    <message>
        <source>Show %1 again</source>
        <translation>%1 wieder anzeigen</translation>
    </message>
    <message>
        <source>a followed item</source>
        <translation>ein verfolgtes Element</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Personen (%1)</translation>
    </message>
    <message>
        <source>Projects (%1)</source>
        <translation>Projekte (%1)</translation>
    </message>
    <message>
        <source>Types (%1)</source>
        <translation>Typen (%1)</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation>Noch keine Projekte</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::FollowCommand</name>
    <message>
        <source>standard output is closed; stopping</source>
        <translation>die Standardausgabe ist geschlossen; wird beendet</translation>
    </message>
    <message>
        <source>the renewed sign-in could not be kept in the keychain (%1); it is used for this run only</source>
        <translation>die erneuerte Anmeldung konnte nicht im Schlüsselbund gespeichert werden (%1); sie gilt nur für diesen Lauf</translation>
    </message>
    <message>
        <source>the access token has expired; renewing the sign-in</source>
        <translation>das Zugriffstoken ist abgelaufen; die Anmeldung wird erneuert</translation>
    </message>
    <message>
        <source>%1 Run asana-feed --sign-in, then --follow again.</source>
        <translation>%1 Führen Sie asana-feed --sign-in aus, dann erneut --follow.</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>wird beendet</translation>
    </message>
    <message numerus="yes">
        <source>standard output is not being read; %n bytes were not written</source>
        <translation>
            <numerusform>die Standardausgabe wird nicht gelesen; %n Byte wurde nicht geschrieben</numerusform>
            <numerusform>die Standardausgabe wird nicht gelesen; %n Bytes wurden nicht geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output is not being read; pausing until it is</source>
        <translation>die Standardausgabe wird nicht gelesen; Pause, bis sie wieder gelesen wird</translation>
    </message>
    <message>
        <source>standard output is being read again; resuming</source>
        <translation>die Standardausgabe wird wieder gelesen; es geht weiter</translation>
    </message>
    <message>
        <source>%1: the sync token expired; events before %2 may be missing</source>
        <translation>%1: das Sync-Token ist abgelaufen; Ereignisse vor %2 fehlen möglicherweise</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; giving up after %n attempts</source>
        <translation>
            <numerusform>%1: %2; aufgegeben nach %n Versuch</numerusform>
            <numerusform>%1: %2; aufgegeben nach %n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: backing off for %2 s: %3</source>
        <translation>%1: Pause für %2 s: %3</translation>
    </message>
    <message>
        <source>%1: rate-limited for %2 s</source>
        <translation>%1: gedrosselt für %2 s</translation>
    </message>
    <message>
        <source>%1: Asana asked for a new access token; renewing the sign-in</source>
        <translation>%1: Asana verlangt ein neues Zugriffstoken; die Anmeldung wird erneuert</translation>
    </message>
    <message>
        <source>%1: the token was rejected: %2</source>
        <translation>%1: das Token wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>every subscription failed</source>
        <translation>alle Abonnements sind fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::FreedesktopNotifications</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Open in Asana</source>
        <translation>In Asana öffnen</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::KeychainTokenStore</name>
    <message>
        <source>the system keychain is not available: %1</source>
        <translation>der Schlüsselbund des Systems ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>access to the keychain was refused: %1</source>
        <translation>der Zugriff auf den Schlüsselbund wurde verweigert: %1</translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>there is no desktop session bus (%1)</source>
        <translation>es gibt keinen Sitzungsbus der Arbeitsumgebung (%1)</translation>
    </message>
    <message>
        <source>the desktop session bus does not answer</source>
        <translation>der Sitzungsbus der Arbeitsumgebung antwortet nicht</translation>
    </message>
    <message>
        <source>no keychain service (such as GNOME Keyring or KWallet) runs in this session</source>
        <translation>in dieser Sitzung läuft kein Schlüsselbund-Dienst (etwa GNOME Keyring oder KWallet)</translation>
    </message>
    <message>
        <source>The keychain entry for this account is damaged; please sign in again.</source>
        <translation>Der Schlüsselbund-Eintrag für dieses Konto ist beschädigt; bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::LoopbackRedirect</name>
    <message>
        <source>Asana Feed has the answer. You can close this page and return to the app.</source>
        <translation>Asana Feed hat die Antwort erhalten. Sie können diese Seite schließen und zur App zurückkehren.</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Diese Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>This page is not part of a sign-in in progress.</source>
        <translation>Diese Seite gehört zu keiner laufenden Anmeldung.</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::MainWindow</name>
    <message>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
    <message>
        <source>New activity in the projects you follow appears here as it happens.</source>
        <translation>Neue Aktivitäten in den verfolgten Projekten erscheinen hier, sobald sie geschehen.</translation>
    </message>
    <message>
        <source>Asana Feed</source>
        <translation>Asana Feed</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Demo mode: a simulated workspace, nothing is kept</source>
        <translation>Demo-Modus: ein simulierter Arbeitsbereich, nichts wird gespeichert</translation>
    </message>
    <message>
        <source>A simulated workspace on this computer: no account, nothing is kept.</source>
        <translation>Ein simulierter Arbeitsbereich auf diesem Computer: kein Konto, nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Notice action</source>
        <translation>Aktion zum Hinweis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Empty state action</source>
        <translation>Aktion bei leerem Feed</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Unread events</source>
        <translation>Ungelesene Ereignisse</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Follow Projects and Tasks…</source>
        <translation>Projekte und Aufgaben verfolgen…</translation>
    </message>
    <message>
        <source>This is the demo: its tasks are not in Asana, so there is nothing to open there.</source>
        <translation>Das ist die Demo: Die Aufgaben gibt es nicht in Asana, daher lässt sich dort nichts öffnen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Feed</source>
        <translation>&amp;Feed</translation>
    </message>
    <message>
        <source>&amp;Mark All Read</source>
        <translation>Alle als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Go to &amp;Newest</source>
        <translation>Zum &amp;Neuesten</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Asana Feed</source>
        <translation>&amp;Über Asana Feed</translation>
    </message>
    <message>
        <source>About Asana Feed</source>
        <translation>Über Asana Feed</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Weitere Menüs</translation>
    </message>
    <message>
        <source>Asana Feed — Demo</source>
        <translation>Asana Feed — Demo</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Sign in to Asana to see what happens in your projects as it happens — or try asana-feed --demo first to see how it looks.</source>
        <translation>Melden Sie sich bei Asana an, um zu sehen, was in Ihren Projekten geschieht, sobald es geschieht – oder probieren Sie zuerst asana-feed --demo aus.</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <source>Sign in again to resume the feed</source>
        <translation>Melden Sie sich erneut an, um den Feed fortzusetzen</translation>
    </message>
    <message>
        <source>What happened meanwhile appears here once you have signed in again.</source>
        <translation>Was inzwischen geschehen ist, erscheint hier, sobald Sie sich erneut angemeldet haben.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>%1 — sign in again</source>
        <translation>%1 — erneut anmelden</translation>
    </message>
    <message>
        <source>Using the token from the ASANA_TOKEN environment variable</source>
        <translation>Das Token aus der Umgebungsvariable ASANA_TOKEN wird verwendet</translation>
    </message>
    <message>
        <source>The sign-in has expired</source>
        <translation>Die Anmeldung ist abgelaufen</translation>
    </message>
    <message>
        <source>Asana user %1</source>
        <translation>Asana-Nutzer %1</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <source>Sign in to another account…</source>
        <translation>Bei einem anderen Konto anmelden…</translation>
    </message>
    <message>
        <source>Using the token from ASANA_TOKEN</source>
        <translation>Token aus ASANA_TOKEN wird verwendet</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>%1 abmelden?</translation>
    </message>
    <message>
        <source>The sign-in is revoked at Asana and removed from this computer&apos;s keychain. The feed&apos;s history on this computer can stay for the next sign-in, or go.</source>
        <translation>Die Anmeldung wird bei Asana widerrufen und aus dem Schlüsselbund dieses Computers entfernt. Der Verlauf des Feeds auf diesem Computer kann für die nächste Anmeldung bleiben oder gelöscht werden.</translation>
    </message>
    <message>
        <source>Sign Out, Keep History</source>
        <translation>Abmelden, Verlauf behalten</translation>
    </message>
    <message>
        <source>Sign Out and Remove History</source>
        <translation>Abmelden und Verlauf entfernen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>That event is no longer in the feed.</source>
        <translation>Dieses Ereignis ist nicht mehr im Feed.</translation>
    </message>
    <message>
        <source>Nothing is marked done</source>
        <translation>Nichts ist als erledigt markiert</translation>
    </message>
    <message>
        <source>Events marked as done (E, or from an event&apos;s menu) leave the feed and are kept here.</source>
        <translation>Als erledigt markierte Ereignisse (E oder über das Menü eines Ereignisses) verlassen den Feed und werden hier aufbewahrt.</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Alles erledigt</translation>
    </message>
    <message>
        <source>Every event is marked done. The Done view shows them.</source>
        <translation>Alle Ereignisse sind als erledigt markiert. Die Ansicht „Erledigt“ zeigt sie.</translation>
    </message>
    <message>
        <source>Nothing matches the filter</source>
        <translation>Nichts passt zum Filter</translation>
    </message>
    <message>
        <source>Try other words, or clear the filters to see every event.</source>
        <translation>Versuchen Sie andere Wörter oder setzen Sie die Filter zurück, um alle Ereignisse zu sehen.</translation>
    </message>
    <message>
        <source>Back to the Feed</source>
        <translation>Zurück zum Feed</translation>
    </message>
    <message numerus="yes">
        <source>last update %n s ago</source>
        <translation>
            <numerusform>letzte Aktualisierung vor %n Sek.</numerusform>
            <numerusform>letzte Aktualisierung vor %n Sek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last update %n min ago</source>
        <translation>
            <numerusform>letzte Aktualisierung vor %n Min.</numerusform>
            <numerusform>letzte Aktualisierung vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last update %n h ago</source>
        <translation>
            <numerusform>letzte Aktualisierung vor %n Std.</numerusform>
            <numerusform>letzte Aktualisierung vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>New events cannot be saved: %1. They are fetched again once the history can be written.</source>
        <translation>Neue Ereignisse können nicht gespeichert werden: %1. Die Ereignisse werden erneut abgerufen, sobald der Verlauf wieder geschrieben werden kann.</translation>
    </message>
    <message>
        <source>New activity in what you follow appears here as it happens.</source>
        <translation>Neue Aktivitäten in dem, was Sie verfolgen, erscheinen hier, sobald sie geschehen.</translation>
    </message>
    <message>
        <source>Not following anything yet</source>
        <translation>Noch nichts verfolgt</translation>
    </message>
    <message>
        <source>Choose the projects, tasks, goals or portfolios to follow: what happens in them appears here as it happens.</source>
        <translation>Wählen Sie Projekte, Aufgaben, Ziele oder Portfolios zum Verfolgen: Was darin geschieht, erscheint hier, sobald es geschieht.</translation>
    </message>
    <message>
        <source>Follow a Project…</source>
        <translation>Projekt verfolgen…</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Asana Feed %1&lt;/h3&gt;&lt;p&gt;What happens in Asana, as it happens: a live feed of readable sentences, in a window or from the tray.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Asana Feed %1&lt;/h3&gt;&lt;p&gt;Was in Asana geschieht, sobald es geschieht: ein Live-Feed in lesbaren Sätzen, im Fenster oder aus dem Infobereich.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::NewEventsPill</name>
    <message>
        <source>Go to the newest events</source>
        <translation>Zu den neuesten Ereignissen</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AsanaFeed::NotificationCenter</name>
    <message numerus="yes">
        <source>%n new events while you were away</source>
        <translation>
            <numerusform>%n neues Ereignis während Ihrer Abwesenheit</numerusform>
            <numerusform>%n neue Ereignisse während Ihrer Abwesenheit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AsanaFeed::OAuthSignIn</name>
    <message>
        <source>No answer from the sign-in server: %1</source>
        <translation>Keine Antwort vom Anmeldeserver: %1</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer carried no access token.</source>
        <translation>Die Antwort des Anmeldeservers enthielt kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1)</source>
        <translation>Der Anmeldeserver hat die Anfrage abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>Sign-in timed out: no answer from the browser in time.</source>
        <translation>Zeitüberschreitung bei der Anmeldung: keine rechtzeitige Antwort vom Browser.</translation>
    </message>
    <message>
        <source>No OAuth client id is configured.</source>
        <translation>Keine OAuth-Client-ID eingerichtet.</translation>
    </message>
    <message>
        <source>There is no way to open a browser here.</source>
        <translation>Hier lässt sich kein Browser öffnen.</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in redirect on 127.0.0.1 port %1; is another sign-in running?</source>
        <translation>Auf 127.0.0.1, Port %1, kann nicht auf die Anmelde-Weiterleitung gewartet werden; läuft bereits eine andere Anmeldung?</translation>
    </message>
    <message>
        <source>The pasted code is empty.</source>
        <translation>Der eingefügte Code ist leer.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Access was denied in the browser.</source>
        <translation>Der Zugriff wurde im Browser verweigert.</translation>
    </message>
    <message>
        <source>Asana refused the sign-in: %1</source>
        <translation>Asana hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The sign-in redirect carried no authorization code.</source>
        <translation>Die Anmelde-Weiterleitung enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>The pasted text is not an authorization code.</source>
        <translation>Der eingefügte Text ist kein Autorisierungscode.</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::PatSignIn</name>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>Asana did not accept the token (%1). Check that it was copied whole and has not been deleted in Asana&apos;s developer console.</source>
        <translation>Asana hat das Token nicht akzeptiert (%1). Prüfen Sie, ob es vollständig kopiert und in der Entwicklerkonsole von Asana nicht gelöscht wurde.</translation>
    </message>
    <message>
        <source>Asana could not be asked about the token (%1).</source>
        <translation>Asana konnte nicht zum Token befragt werden (%1).</translation>
    </message>
    <message>
        <source>Asana&apos;s answer about the account could not be understood.</source>
        <translation>Die Antwort von Asana zum Konto war unverständlich.</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::ResourceSearch</name>
    <message>
        <source>Asana could not search: %1</source>
        <translation>Asana konnte nicht suchen: %1</translation>
    </message>
    <message>
        <source>Asana could not list the projects: %1</source>
        <translation>Asana konnte die Projekte nicht auflisten: %1</translation>
    </message>
    <message>
        <source>Asana could not list the workspaces: %1</source>
        <translation>Asana konnte die Arbeitsbereiche nicht auflisten: %1</translation>
    </message>
    <message>
        <source>Asana has no project, task or goal by that link, or it is not shared with you.</source>
        <translation>Asana hat kein Projekt, keine Aufgabe und kein Ziel unter diesem Link, oder es ist nicht für Sie freigegeben.</translation>
    </message>
    <message>
        <source>Asana could not say what the link names: %1</source>
        <translation>Asana konnte nicht sagen, worauf der Link verweist: %1</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::SettingsDialog</name>
    <message>
        <source>What involves me</source>
        <translation>Was mich betrifft</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>Alle Aktivitäten</translation>
    </message>
    <message>
        <source>Nothing (muted)</source>
        <translation>Nichts (stumm)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign Out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <source>Your sign-in is kept in this computer&apos;s keychain, never in a file. Signing out asks whether to keep this computer&apos;s copy of the feed.</source>
        <translation>Ihre Anmeldung wird im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei. Beim Abmelden werden Sie gefragt, ob die Kopie des Feeds auf diesem Computer bleiben soll.</translation>
    </message>
    <message>
        <source>Choose What to Follow…</source>
        <translation>Verfolgte Elemente wählen…</translation>
    </message>
    <message>
        <source>For each project or task you follow, choose what notifies you. Muted ones stay in the feed without notifications.</source>
        <translation>Wählen Sie für jedes verfolgte Projekt und jede Aufgabe, worüber Sie benachrichtigt werden. Stummgeschaltete bleiben ohne Benachrichtigungen im Feed.</translation>
    </message>
    <message>
        <source>Notifications for what you follow</source>
        <translation>Benachrichtigungen für verfolgte Elemente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Notify me about</source>
        <translation>Benachrichtigen bei</translation>
    </message>
    <message>
        <source>Nothing is followed yet.</source>
        <translation>Noch wird nichts verfolgt.</translation>
    </message>
    <message>
        <source>Notify me about new activity</source>
        <translation>Bei neuen Aktivitäten benachrichtigen</translation>
    </message>
    <message>
        <source>What involves you: assigned to you, a comment that mentions you, a change to a task you created, are assigned to or follow — and everything of what you set to all activity. Never what you did yourself.</source>
        <translation>Was Sie betrifft: Ihnen zugewiesene Aufgaben, Kommentare, die Sie erwähnen, Änderungen an Aufgaben, die Sie erstellt haben, die Ihnen zugewiesen sind oder denen Sie folgen – und alles aus Elementen, die auf „Alle Aktivitäten“ stehen. Nie, was Sie selbst getan haben.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>No notifications from</source>
        <translation>Keine Benachrichtigungen von</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>Bei jeder Benachrichtigung einen Ton abspielen</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play the notification sound</source>
        <translation>Benachrichtigungston abspielen</translation>
    </message>
    <message>
        <source>Clicking a notification</source>
        <translation>Klick auf eine Benachrichtigung</translation>
    </message>
    <message>
        <source>Shows the event in the feed</source>
        <translation>Zeigt das Ereignis im Feed</translation>
    </message>
    <message>
        <source>Opens it in Asana</source>
        <translation>Öffnet es in Asana</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The ASANAFEED_PALETTE environment variable chooses the colours for this run.</source>
        <translation>Die Umgebungsvariable ASANAFEED_PALETTE legt die Farben für diesen Lauf fest.</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Compact rows</source>
        <translation>Kompakte Zeilen</translation>
    </message>
    <message>
        <source>Less space around each row, and a comment&apos;s first line only.</source>
        <translation>Weniger Abstand um jede Zeile, von Kommentaren nur die erste Zeile.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <extracomment>%1: the name of the system&apos;s language, in that language (&quot;Deutsch&quot;)</extracomment>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Asana Feed speaks the new language from its next start.</source>
        <translation>Asana Feed verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start Asana Feed when I log in</source>
        <translation>Asana Feed beim Anmelden am Computer starten</translation>
    </message>
    <message>
        <source>In the tray, without opening the window</source>
        <translation>Im Infobereich, ohne das Fenster zu öffnen</translation>
    </message>
    <message>
        <source>Closing the window</source>
        <translation>Schließen des Fensters</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits Asana Feed, and it always starts with its window.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich: Schließen des Fensters beendet Asana Feed, und es startet immer mit seinem Fenster.</translation>
    </message>
    <message>
        <source>Mark an event done when I open it in Asana</source>
        <translation>Ereignis beim Öffnen in Asana als erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Days of history to keep:</source>
        <translation>&amp;Tage Verlauf aufbewahren:</translation>
    </message>
    <message>
        <source>Older events are removed from this computer, at once and then daily.</source>
        <translation>Ältere Ereignisse werden von diesem Computer entfernt, sofort und dann täglich.</translation>
    </message>
    <message>
        <source>Request budget</source>
        <translation>Anfragebudget</translation>
    </message>
    <message>
        <source>&amp;Requests a minute, at most:</source>
        <translation>&amp;Anfragen pro Minute (höchstens):</translation>
    </message>
    <message>
        <source>Asana allows 150 requests a minute on free plans and 1,500 on paid ones. Applies at once.</source>
        <translation>Asana erlaubt 150 Anfragen pro Minute in kostenlosen Tarifen und 1.500 in kostenpflichtigen. Gilt sofort.</translation>
    </message>
    <message>
        <source>Asana&apos;s address</source>
        <translation>Adresse von Asana</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>For testing against another server, such as asana-sim; empty for Asana&apos;s own. Takes effect when Asana Feed next starts. A sign-in belongs to the server that issued it: at another address you sign in again.</source>
        <translation>Zum Testen mit einem anderen Server, etwa asana-sim; leer für Asana selbst. Gilt ab dem nächsten Start von Asana Feed. Eine Anmeldung gehört zu dem Server, der sie ausgestellt hat: Bei einer anderen Adresse melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Sign-in redirect</source>
        <translation>Anmelde-Weiterleitung</translation>
    </message>
    <message>
        <source>&amp;Port on this computer:</source>
        <translation>&amp;Port auf diesem Computer:</translation>
    </message>
    <message>
        <source>The redirect URL registered for the OAuth app must be %1. Takes effect when Asana Feed next starts.</source>
        <translation>Die für die OAuth-App registrierte Weiterleitungs-URL muss %1 lauten. Gilt ab dem nächsten Start von Asana Feed.</translation>
    </message>
    <message>
        <source>Notifications are paused until you resume them.</source>
        <translation>Benachrichtigungen sind pausiert, bis Sie sie fortsetzen.</translation>
    </message>
    <message>
        <source>Notifications are paused until %1.</source>
        <translation>Benachrichtigungen sind bis %1 pausiert.</translation>
    </message>
    <message>
        <source>The demo leaves how this computer starts as it is.</source>
        <translation>Die Demo ändert nichts daran, wie dieser Computer startet.</translation>
    </message>
    <message>
        <source>Not used: the address must start with https://, or be http:// on this computer (127.0.0.1 or localhost).</source>
        <translation>Nicht verwendet: Die Adresse muss mit https:// beginnen oder http:// auf diesem Computer sein (127.0.0.1 oder localhost).</translation>
    </message>
    <message>
        <source>Notify me about %1</source>
        <translation>Benachrichtigungen für %1</translation>
    </message>
    <message>
        <source>The choice could not be kept: %1</source>
        <translation>Die Auswahl konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Workspaces: %1</source>
        <translation>Arbeitsbereiche: %1</translation>
    </message>
    <message>
        <source>Not signed in. Sign in to Asana to see what happens in your projects as it happens.</source>
        <translation>Nicht angemeldet. Melden Sie sich bei Asana an, um zu sehen, was in Ihren Projekten geschieht, sobald es geschieht.</translation>
    </message>
    <message>
        <source>Signed in to Asana.</source>
        <translation>Bei Asana angemeldet.</translation>
    </message>
    <message>
        <source>The sign-in needs renewing.</source>
        <translation>Die Anmeldung muss erneuert werden.</translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <source>This run uses the token in the ASANA_TOKEN environment variable: nobody is signed in here. Unset it to sign in.</source>
        <translation>Dieser Lauf verwendet das Token aus der Umgebungsvariable ASANA_TOKEN: Hier ist niemand angemeldet. Entfernen Sie die Variable, um sich anzumelden.</translation>
    </message>
    <message>
        <source>The demo has no account: it shows a simulated workspace.</source>
        <translation>Die Demo hat kein Konto, sie zeigt einen simulierten Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::SignInCommand</name>
    <message>
        <source>asana-feed: no token on standard input</source>
        <translation>asana-feed: kein Token auf der Standardeingabe</translation>
    </message>
    <message>
        <source>asana-feed: no OAuth client id. Register an app in Asana&apos;s developer console (My apps → Create new app; under OAuth add the redirect URL %1 exactly), then set the ASANA_CLIENT_ID environment variable to its client id (and ASANA_CLIENT_SECRET if the app requires it), or set oauth/clientId in the settings, or build with -DASANAFEED_OAUTH_CLIENT_ID=&lt;id&gt;. Or keep a personal access token: asana-feed --sign-in --token-stdin</source>
        <translation>asana-feed: keine OAuth-Client-ID. Registrieren Sie eine App in der Entwicklerkonsole von Asana (My apps → Create new app; unter OAuth genau die Weiterleitungs-URL %1 eintragen) und setzen Sie dann die Umgebungsvariable ASANA_CLIENT_ID auf deren Client-ID (und ASANA_CLIENT_SECRET, falls die App es verlangt), oder setzen Sie oauth/clientId in den Einstellungen, oder bauen Sie mit -DASANAFEED_OAUTH_CLIENT_ID=&lt;id&gt;. Oder speichern Sie ein persönliches Zugriffstoken: asana-feed --sign-in --token-stdin</translation>
    </message>
    <message>
        <source>asana-feed: to sign in, open this address in a browser and allow access, then paste the code Asana shows here and press Enter (within 5 minutes):</source>
        <translation>asana-feed: Öffnen Sie zum Anmelden diese Adresse in einem Browser und erlauben Sie den Zugriff; fügen Sie dann den Code, den Asana anzeigt, hier ein und drücken Sie die Eingabetaste (innerhalb von 5 Minuten):</translation>
    </message>
    <message>
        <source>asana-feed: to sign in, open this address in a browser (waiting up to 5 minutes):</source>
        <translation>asana-feed: Öffnen Sie zum Anmelden diese Adresse in einem Browser (Wartezeit bis zu 5 Minuten):</translation>
    </message>
    <message>
        <source>asana-feed: sign-in failed: standard input ended before a code was pasted</source>
        <translation>asana-feed: Anmeldung fehlgeschlagen: Die Standardeingabe endete, bevor ein Code eingefügt wurde</translation>
    </message>
    <message>
        <source>asana-feed: sign-in failed: %1</source>
        <translation>asana-feed: Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>asana-feed: sign-in failed: the server did not say which account this is</source>
        <translation>asana-feed: Anmeldung fehlgeschlagen: Der Server hat nicht mitgeteilt, um welches Konto es sich handelt</translation>
    </message>
    <message>
        <source>asana-feed: no keychain is available (%1); nothing was kept. asana-feed keeps secrets only in the OS keychain — start a keychain (e.g. gnome-keyring or KWallet) or use ASANA_TOKEN for --follow.</source>
        <translation>asana-feed: kein Schlüsselbund verfügbar (%1); nichts wurde gespeichert. asana-feed bewahrt Geheimnisse nur im Schlüsselbund des Betriebssystems auf – starten Sie einen Schlüsselbund (z. B. gnome-keyring oder KWallet) oder verwenden Sie ASANA_TOKEN für --follow.</translation>
    </message>
    <message>
        <source>asana-feed: the keychain refused to keep the token: %1</source>
        <translation>asana-feed: Der Schlüsselbund hat das Speichern des Tokens abgelehnt: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::SignInDialog</name>
    <message>
        <source>Sign in to Asana</source>
        <translation>Bei Asana anmelden</translation>
    </message>
    <message>
        <source>Asana Feed shows what happens in your Asana projects as it happens. Your sign-in is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Asana Feed zeigt, was in Ihren Asana-Projekten geschieht, sobald es geschieht. Ihre Anmeldung wird im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Sign in with Asana…</source>
        <translation>Mit Asana anmelden…</translation>
    </message>
    <message>
        <source>Sign in with Asana in the browser</source>
        <translation>Im Browser mit Asana anmelden</translation>
    </message>
    <message>
        <source>Or use a personal access token</source>
        <translation>Oder ein persönliches Zugriffstoken verwenden</translation>
    </message>
    <message>
        <source>Create one in Asana&apos;s &lt;a href=&quot;https://app.asana.com/0/my-apps&quot;&gt;developer console&lt;/a&gt; (My apps → Personal access tokens). It is checked with Asana before it is kept.</source>
        <translation>Erstellen Sie eines in der &lt;a href=&quot;https://app.asana.com/0/my-apps&quot;&gt;Entwicklerkonsole&lt;/a&gt; von Asana (My apps → Personal access tokens). Es wird bei Asana geprüft, bevor es gespeichert wird.</translation>
    </message>
    <message>
        <source>Paste a personal access token</source>
        <translation>Persönliches Zugriffstoken einfügen</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>Use token</source>
        <translation>Token verwenden</translation>
    </message>
    <message>
        <source>Checking the token with Asana…</source>
        <translation>Token wird bei Asana geprüft…</translation>
    </message>
    <message>
        <source>Use the personal access token</source>
        <translation>Das persönliche Zugriffstoken verwenden</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>Weiter im Browser</translation>
    </message>
    <message>
        <source>Asana&apos;s sign-in page has opened in your browser. Allow Asana Feed access there; this window continues by itself.</source>
        <translation>Die Anmeldeseite von Asana wurde in Ihrem Browser geöffnet. Erlauben Sie dort Asana Feed den Zugriff; dieses Fenster fährt dann von selbst fort.</translation>
    </message>
    <message>
        <source>If the browser cannot come back to this app (for example on a locked-down computer), Asana can show you a code to paste here instead.</source>
        <translation>Wenn der Browser nicht zu dieser App zurückkehren kann (etwa auf einem abgesicherten Computer), kann Asana Ihnen stattdessen einen Code zum Einfügen anzeigen.</translation>
    </message>
    <message>
        <source>Paste a code instead</source>
        <translation>Stattdessen Code einfügen</translation>
    </message>
    <message>
        <source>Sign in by pasting a code</source>
        <translation>Mit einem eingefügten Code anmelden</translation>
    </message>
    <message>
        <source>Paste the code from Asana</source>
        <translation>Code von Asana einfügen</translation>
    </message>
    <message>
        <source>Allow access on the page that opened in your browser, then copy the code it shows and paste it here.</source>
        <translation>Erlauben Sie den Zugriff auf der Seite, die sich im Browser geöffnet hat, kopieren Sie dann den angezeigten Code und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code from Asana</source>
        <translation>Code von Asana</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>Anmeldung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problem bei der Anmeldung</translation>
    </message>
    <message>
        <source>Keeping the sign-in…</source>
        <translation>Anmeldung wird gespeichert…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>Warten auf den Browser…</translation>
    </message>
    <message>
        <source>This copy of Asana Feed signs in with a personal access token: a key that you make in Asana, which lets the app read your Asana account as you. You can revoke it in Asana at any time.</source>
        <translation>Diese Ausgabe von Asana Feed meldet sich mit einem persönlichen Zugriffstoken an: einem Schlüssel, den Sie in Asana erstellen und mit dem die App Ihr Asana-Konto in Ihrem Namen lesen kann. Sie können ihn in Asana jederzeit widerrufen.</translation>
    </message>
    <message>
        <source>To get one, open Asana&apos;s token page, choose &quot;Create new token&quot;, give it a name such as &quot;Asana Feed&quot;, then copy the token and paste it here. It is checked with Asana before it is kept.</source>
        <translation>Öffnen Sie dazu die Token-Seite von Asana, wählen Sie „Create new token“, geben Sie einen Namen wie „Asana Feed“ ein, kopieren Sie dann das Token und fügen Sie es hier ein. Es wird bei Asana geprüft, bevor es gespeichert wird.</translation>
    </message>
    <message>
        <source>Open Asana&apos;s Token Page</source>
        <translation>Token-Seite von Asana öffnen</translation>
    </message>
    <message>
        <source>Open Asana&apos;s token page in the browser</source>
        <translation>Die Token-Seite von Asana im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::StartAtLogin</name>
    <message>
        <source>Asana Feed could not be set to start at login (%1).</source>
        <translation>Asana Feed konnte nicht für den automatischen Start eingerichtet werden (%1).</translation>
    </message>
    <message>
        <source>Asana Feed could not be kept from starting at login (%1).</source>
        <translation>Der automatische Start von Asana Feed konnte nicht abgeschaltet werden (%1).</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::SubscriptionModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>%1 (gid %2)</source>
        <translation>%1 (GID %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>%1, muted</source>
        <translation>%1, stumm</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keins</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::SubscriptionsDialog</name>
    <message>
        <source>Follow in Asana</source>
        <translation>In Asana verfolgen</translation>
    </message>
    <message>
        <source>Find a project, task, goal or portfolio</source>
        <translation>Projekt, Aufgabe, Ziel oder Portfolio finden</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Search by name, or paste a link from Asana</source>
        <translation>Nach Namen suchen oder einen Link aus Asana einfügen</translation>
    </message>
    <message>
        <source>Search, or paste a link</source>
        <translation>Suchen oder Link einfügen</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Load More Projects</source>
        <translation>Weitere Projekte laden</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Verfolgen</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Verfolgt</translation>
    </message>
    <message>
        <source>Nothing is followed yet. Find a project above and choose Follow.</source>
        <translation>Noch wird nichts verfolgt. Suchen Sie oben ein Projekt und wählen Sie „Verfolgen“.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Muted: its events stay in the feed, without notifications</source>
        <translation>Stumm: Die Ereignisse bleiben im Feed, ohne Benachrichtigungen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>The subscription could not be removed: %1</source>
        <translation>Das Abonnement konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Stopped following %1; its events were removed.</source>
        <translation>%1 wird nicht mehr verfolgt; die Ereignisse wurden entfernt.</translation>
    </message>
    <message>
        <source>Stopped following %1; its events stay in the feed.</source>
        <translation>%1 wird nicht mehr verfolgt; die Ereignisse bleiben im Feed.</translation>
    </message>
    <message>
        <source>Nothing in this workspace matches “%1”.</source>
        <translation>Nichts in diesem Arbeitsbereich passt zu „%1“.</translation>
    </message>
    <message>
        <source>This workspace has no projects you can see.</source>
        <translation>In diesem Arbeitsbereich sind keine Projekte für Sie sichtbar.</translation>
    </message>
    <message>
        <source>You already follow it.</source>
        <translation>Sie verfolgen es bereits.</translation>
    </message>
    <message>
        <source>Found it: choose Follow to see its events.</source>
        <translation>Gefunden: Wählen Sie „Verfolgen“, um die Ereignisse zu sehen.</translation>
    </message>
    <message>
        <source>This account has no workspace to search.</source>
        <translation>Dieses Konto hat keinen Arbeitsbereich zum Durchsuchen.</translation>
    </message>
    <message>
        <source>Looking up the link…</source>
        <translation>Link wird aufgelöst…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>All of %1</source>
        <translation>Alles in %1</translation>
    </message>
    <message>
        <source>Every event in the workspace. Asana gives these to service accounts of Enterprise+ domains only; for anyone else it is refused.</source>
        <translation>Alle Ereignisse im Arbeitsbereich. Asana liefert sie nur an Dienstkonten von Enterprise+-Domains; für alle anderen wird es abgelehnt.</translation>
    </message>
    <message>
        <source>%1 · following</source>
        <translation>%1 · verfolgt</translation>
    </message>
    <message>
        <source>The subscription could not be saved: %1</source>
        <translation>Das Abonnement konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Following %1. Its new events appear in the feed as they happen.</source>
        <translation>%1 wird verfolgt. Neue Ereignisse erscheinen im Feed, sobald sie geschehen.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <source>Stop Following</source>
        <translation>Nicht mehr verfolgen</translation>
    </message>
    <message>
        <source>Stop following %1?</source>
        <translation>%1 nicht mehr verfolgen?</translation>
    </message>
    <message>
        <source>The events of it already in the feed can stay there, or be removed with it.</source>
        <translation>Die Ereignisse, die bereits im Feed sind, können dort bleiben oder mit entfernt werden.</translation>
    </message>
    <message>
        <source>Keep Its Events</source>
        <translation>Ereignisse behalten</translation>
    </message>
    <message>
        <source>Remove Its Events</source>
        <translation>Ereignisse entfernen</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::TrayController</name>
    <message>
        <source>Open Feed</source>
        <translation>Feed öffnen</translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Pause Notifications</source>
        <translation>Benachrichtigungen pausieren</translation>
    </message>
    <message>
        <source>For an Hour</source>
        <translation>Für eine Stunde</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Until I Resume</source>
        <translation>Bis auf Weiteres</translation>
    </message>
    <message>
        <source>Resume Notifications</source>
        <translation>Benachrichtigungen fortsetzen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Sign Out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <source>Quit Asana Feed</source>
        <translation>Asana Feed beenden</translation>
    </message>
    <message>
        <source>Resume Notifications (Paused)</source>
        <translation>Benachrichtigungen fortsetzen (pausiert)</translation>
    </message>
    <message>
        <source>Resume Notifications (Paused until %1)</source>
        <translation>Benachrichtigungen fortsetzen (pausiert bis %1)</translation>
    </message>
    <message>
        <source>Asana Feed</source>
        <translation>Asana Feed</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>All caught up</source>
        <translation>Alles gelesen</translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation>Benachrichtigungen pausiert</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::TrayPopup</name>
    <message>
        <source>Asana Feed</source>
        <translation>Asana Feed</translation>
    </message>
    <message>
        <source>Open Feed</source>
        <translation>Feed öffnen</translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Weitere Befehle</translation>
    </message>
    <message>
        <source>Pause notifications, settings, sign out, quit</source>
        <translation>Benachrichtigungen pausieren, Einstellungen, Abmelden, Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>All caught up</source>
        <translation>Alles gelesen</translation>
    </message>
    <message>
        <source>Nothing yet: new activity shows up here.</source>
        <translation>Noch nichts: Neue Aktivitäten erscheinen hier.</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Nichts Neues.</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark as done: it leaves the feed&apos;s default view</source>
        <translation>Als erledigt markieren: Es verlässt die Standardansicht des Feeds</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>AsanaUrl</name>
    <message>
        <source>an Asana gid or link is needed</source>
        <translation>eine Asana-GID oder ein Link wird benötigt</translation>
    </message>
    <message>
        <source>%1 is not an Asana gid: gids have at most %2 digits</source>
        <translation>%1 ist keine Asana-GID: GIDs haben höchstens %2 Ziffern</translation>
    </message>
    <message>
        <source>%1 is an Asana page that names no project, task, goal or portfolio to follow</source>
        <translation>%1 ist eine Asana-Seite, die kein Projekt, keine Aufgabe, kein Ziel und kein Portfolio zum Verfolgen nennt</translation>
    </message>
    <message>
        <source>%1 is an Asana link of a form this version does not read; give the gid of the project, task or goal instead</source>
        <translation>%1 ist ein Asana-Link in einer Form, die diese Version nicht liest; geben Sie stattdessen die GID des Projekts, der Aufgabe oder des Ziels an</translation>
    </message>
    <message>
        <source>%1 is neither an Asana gid nor a link to an Asana project, task, goal or portfolio</source>
        <translation>%1 ist weder eine Asana-GID noch ein Link auf ein Asana-Projekt, eine Aufgabe, ein Ziel oder ein Portfolio</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A live activity feed for Asana.

Headless follow mode streams events as JSON lines to stdout; the token is read from the ASANA_TOKEN environment variable, else the account signed in with --sign-in is used.</source>
        <translation>Ein Live-Aktivitätsfeed für Asana.

Der Follow-Modus ohne Fenster gibt Ereignisse als JSON-Zeilen auf stdout aus; das Token wird aus der Umgebungsvariable ASANA_TOKEN gelesen, sonst wird das mit --sign-in angemeldete Konto verwendet.</translation>
    </message>
    <message>
        <source>Stream the events of a task, project or goal, given by its GID or Asana link (repeatable).</source>
        <translation>Die Ereignisse einer Aufgabe, eines Projekts oder Ziels ausgeben, angegeben durch GID oder Asana-Link (wiederholbar).</translation>
    </message>
    <message>
        <source>The Asana API base URL (default %1).</source>
        <translation>Die Basis-URL der Asana-API (Standard: %1).</translation>
    </message>
    <message>
        <source>Seconds between polls when caught up (default 10).</source>
        <translation>Sekunden zwischen Abfragen, wenn alles abgerufen ist (Standard: 10).</translation>
    </message>
    <message>
        <source>Send at most N requests a minute for the account (default 150, Asana&apos;s limit on free plans; up to 1500 on paid plans).</source>
        <translation>Höchstens N Anfragen pro Minute für das Konto senden (Standard: 150, Asanas Grenze in kostenlosen Tarifen; bis 1500 in kostenpflichtigen).</translation>
    </message>
    <message>
        <source>Keep the events and sync tokens in this database; a later run resumes from it and prints only events it had not stored before.</source>
        <translation>Ereignisse und Sync-Tokens in dieser Datenbank speichern; ein späterer Lauf setzt dort fort und gibt nur Ereignisse aus, die noch nicht gespeichert waren.</translation>
    </message>
    <message>
        <source>Print every event and gap stored in --state FILE (oldest first) as JSON lines.</source>
        <translation>Alle in --state DATEI gespeicherten Ereignisse und Lücken (älteste zuerst) als JSON-Zeilen ausgeben.</translation>
    </message>
    <message>
        <source>Open the window on a built-in simulated workspace (no account, nothing kept).</source>
        <translation>Das Fenster mit einem eingebauten, simulierten Arbeitsbereich öffnen (kein Konto, nichts wird gespeichert).</translation>
    </message>
    <message>
        <source>Show the events of a task or project in the window, given by its GID or Asana link (repeatable).</source>
        <translation>Die Ereignisse einer Aufgabe oder eines Projekts im Fenster zeigen, angegeben durch GID oder Asana-Link (wiederholbar).</translation>
    </message>
    <message>
        <source>Sign in with Asana in the browser (OAuth) and keep the token in the OS keychain for --follow. The client id comes from ASANA_CLIENT_ID.</source>
        <translation>Im Browser mit Asana anmelden (OAuth) und das Token für --follow im Schlüsselbund des Betriebssystems speichern. Die Client-ID kommt aus ASANA_CLIENT_ID.</translation>
    </message>
    <message>
        <source>With --sign-in: read a personal access token from standard input instead.</source>
        <translation>Mit --sign-in: stattdessen ein persönliches Zugriffstoken von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>With --sign-in: nothing listens for the browser&apos;s redirect; Asana shows a code to paste here (one line on standard input). For machines where the loopback redirect cannot be used.</source>
        <translation>Mit --sign-in: Niemand wartet auf die Weiterleitung des Browsers; Asana zeigt einen Code, der hier eingefügt wird (eine Zeile auf der Standardeingabe). Für Rechner, auf denen die Loopback-Weiterleitung nicht möglich ist.</translation>
    </message>
    <message>
        <source>Start in the system tray, without opening the window (where the desktop has a tray; elsewhere the window opens).</source>
        <translation>Im Infobereich starten, ohne das Fenster zu öffnen (wo die Arbeitsumgebung einen Infobereich hat; sonst öffnet sich das Fenster).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>--interval: &quot;%1&quot; is not a number of seconds from 0.05 to 86400</source>
        <translation>--interval: „%1“ ist keine Sekundenzahl von 0.05 bis 86400</translation>
    </message>
    <message>
        <source>--budget: &quot;%1&quot; is not a number of requests from 1 to 1500</source>
        <translation>--budget: „%1“ ist keine Anzahl Anfragen von 1 bis 1500</translation>
    </message>
    <message>
        <source>--token-stdin needs --sign-in</source>
        <translation>--token-stdin erfordert --sign-in</translation>
    </message>
    <message>
        <source>--out-of-band needs --sign-in</source>
        <translation>--out-of-band erfordert --sign-in</translation>
    </message>
    <message>
        <source>--out-of-band is for OAuth and cannot be combined with --token-stdin</source>
        <translation>--out-of-band ist für OAuth und lässt sich nicht mit --token-stdin kombinieren</translation>
    </message>
    <message>
        <source>--sign-in can only be combined with --base-url, --token-stdin and --out-of-band</source>
        <translation>--sign-in lässt sich nur mit --base-url, --token-stdin und --out-of-band kombinieren</translation>
    </message>
    <message>
        <source>--minimized is for the window, not for --follow or --export</source>
        <translation>--minimized ist für das Fenster, nicht für --follow oder --export</translation>
    </message>
    <message>
        <source>--state: a file name is needed</source>
        <translation>--state: ein Dateiname wird benötigt</translation>
    </message>
    <message>
        <source>--export needs --state FILE</source>
        <translation>--export erfordert --state DATEI</translation>
    </message>
    <message>
        <source>--export and --follow cannot be combined</source>
        <translation>--export und --follow lassen sich nicht kombinieren</translation>
    </message>
    <message>
        <source>--demo cannot be combined with --follow, --subscribe or --state</source>
        <translation>--demo lässt sich nicht mit --follow, --subscribe oder --state kombinieren</translation>
    </message>
</context>
<context>
    <name>EventFormatter</name>
    <message>
        <source>%2 was completed</source>
        <translation>%2 wurde abgeschlossen</translation>
    </message>
    <message>
        <source>%1 completed %2</source>
        <translation>%1 hat %2 abgeschlossen</translation>
    </message>
    <message>
        <source>%2 was reopened</source>
        <translation>%2 wurde wieder geöffnet</translation>
    </message>
    <message>
        <source>%1 reopened %2</source>
        <translation>%1 hat %2 wieder geöffnet</translation>
    </message>
    <message>
        <source>%2 was marked complete</source>
        <translation>%2 wurde als abgeschlossen markiert</translation>
    </message>
    <message>
        <source>%1 marked %2 complete</source>
        <translation>%1 hat %2 als abgeschlossen markiert</translation>
    </message>
    <message>
        <source>%2 was assigned to %3</source>
        <translation>%2 wurde an %3 zugewiesen</translation>
    </message>
    <message>
        <source>%1 assigned %2 to %3</source>
        <translation>%1 hat %2 an %3 zugewiesen</translation>
    </message>
    <message>
        <source>You assigned %2 to yourself</source>
        <translation>Sie haben sich %2 zugewiesen</translation>
    </message>
    <message>
        <source>%1 assigned %2 to themselves</source>
        <translation>%1 hat sich %2 zugewiesen</translation>
    </message>
    <message>
        <source>%2 was assigned</source>
        <translation>%2 wurde zugewiesen</translation>
    </message>
    <message>
        <source>%1 assigned %2</source>
        <translation>%1 hat %2 zugewiesen</translation>
    </message>
    <message>
        <source>%2 was unassigned</source>
        <translation>Die Zuweisung von %2 wurde aufgehoben</translation>
    </message>
    <message>
        <source>%1 unassigned %2</source>
        <translation>%1 hat die Zuweisung von %2 aufgehoben</translation>
    </message>
    <message>
        <source>The due date of %2 was changed</source>
        <translation>Das Fälligkeitsdatum von %2 wurde geändert</translation>
    </message>
    <message>
        <source>%1 changed the due date of %2</source>
        <translation>%1 hat das Fälligkeitsdatum von %2 geändert</translation>
    </message>
    <message>
        <source>The due date of %2 was changed to %4</source>
        <extracomment>%4 is a date as Asana wrote it (Dec 3)</extracomment>
        <translation>Das Fälligkeitsdatum von %2 wurde auf %4 geändert</translation>
    </message>
    <message>
        <source>%1 changed the due date of %2 to %4</source>
        <translation>%1 hat das Fälligkeitsdatum von %2 auf %4 geändert</translation>
    </message>
    <message>
        <source>The due date of %2 was changed from %6 to %4</source>
        <extracomment>%6 is the old date, %4 the new one, as Asana wrote them (Dec 1, Dec 3)</extracomment>
        <translation>Das Fälligkeitsdatum von %2 wurde von %6 auf %4 geändert</translation>
    </message>
    <message>
        <source>%1 changed the due date of %2 from %6 to %4</source>
        <translation>%1 hat bei %2 das Fälligkeitsdatum von %6 auf %4 geändert</translation>
    </message>
    <message>
        <source>The due date of %2 was removed</source>
        <translation>Das Fälligkeitsdatum von %2 wurde entfernt</translation>
    </message>
    <message>
        <source>%1 removed the due date of %2</source>
        <translation>%1 hat das Fälligkeitsdatum von %2 entfernt</translation>
    </message>
    <message>
        <source>The start date of %2 was changed</source>
        <translation>Das Startdatum von %2 wurde geändert</translation>
    </message>
    <message>
        <source>%1 changed the start date of %2</source>
        <translation>%1 hat das Startdatum von %2 geändert</translation>
    </message>
    <message>
        <source>The start date of %2 was changed to %4</source>
        <translation>Das Startdatum von %2 wurde auf %4 geändert</translation>
    </message>
    <message>
        <source>%1 changed the start date of %2 to %4</source>
        <translation>%1 hat das Startdatum von %2 auf %4 geändert</translation>
    </message>
    <message>
        <source>The start date of %2 was changed from %6 to %4</source>
        <translation>Das Startdatum von %2 wurde von %6 auf %4 geändert</translation>
    </message>
    <message>
        <source>%1 changed the start date of %2 from %6 to %4</source>
        <translation>%1 hat bei %2 das Startdatum von %6 auf %4 geändert</translation>
    </message>
    <message>
        <source>The start date of %2 was removed</source>
        <translation>Das Startdatum von %2 wurde entfernt</translation>
    </message>
    <message>
        <source>%1 removed the start date of %2</source>
        <translation>%1 hat das Startdatum von %2 entfernt</translation>
    </message>
    <message>
        <source>%2 was renamed</source>
        <translation>%2 wurde umbenannt</translation>
    </message>
    <message>
        <source>%1 renamed %2</source>
        <translation>%1 hat %2 umbenannt</translation>
    </message>
    <message>
        <source>The description of %2 was edited</source>
        <translation>Die Beschreibung von %2 wurde bearbeitet</translation>
    </message>
    <message>
        <source>%1 edited the description of %2</source>
        <translation>%1 hat die Beschreibung von %2 bearbeitet</translation>
    </message>
    <message>
        <source>%3 was added as a collaborator on %2</source>
        <translation>%3 wurde zu den Mitarbeitenden von %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 added %3 as a collaborator on %2</source>
        <translation>%1 hat %3 zu den Mitarbeitenden von %2 hinzugefügt</translation>
    </message>
    <message>
        <source>You added yourself as a collaborator on %2</source>
        <translation>Sie haben sich zu den Mitarbeitenden von %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 added themselves as a collaborator on %2</source>
        <translation>%1 hat sich zu den Mitarbeitenden von %2 hinzugefügt</translation>
    </message>
    <message>
        <source>You were added as a collaborator on %2</source>
        <translation>Sie wurden zu den Mitarbeitenden von %2 hinzugefügt</translation>
    </message>
    <message>
        <source>A collaborator was added to %2</source>
        <translation>Bei %2 wurde jemand zu den Mitarbeitenden hinzugefügt</translation>
    </message>
    <message>
        <source>%1 added a collaborator to %2</source>
        <translation>%1 hat bei %2 jemanden zu den Mitarbeitenden hinzugefügt</translation>
    </message>
    <message>
        <source>%3 was removed as a collaborator on %2</source>
        <translation>%3 wurde aus den Mitarbeitenden von %2 entfernt</translation>
    </message>
    <message>
        <source>%1 removed %3 as a collaborator on %2</source>
        <translation>%1 hat %3 aus den Mitarbeitenden von %2 entfernt</translation>
    </message>
    <message>
        <source>You removed yourself as a collaborator on %2</source>
        <translation>Sie haben sich aus den Mitarbeitenden von %2 entfernt</translation>
    </message>
    <message>
        <source>%1 removed themselves as a collaborator on %2</source>
        <translation>%1 hat sich aus den Mitarbeitenden von %2 entfernt</translation>
    </message>
    <message>
        <source>You were removed as a collaborator on %2</source>
        <translation>Sie wurden aus den Mitarbeitenden von %2 entfernt</translation>
    </message>
    <message>
        <source>A collaborator was removed from %2</source>
        <translation>Bei %2 wurde jemand aus den Mitarbeitenden entfernt</translation>
    </message>
    <message>
        <source>%1 removed a collaborator from %2</source>
        <translation>%1 hat bei %2 jemanden aus den Mitarbeitenden entfernt</translation>
    </message>
    <message>
        <source>%3 was set to %4 on %2</source>
        <extracomment>%3 is a custom field (Priority), %4 its new value (High)</extracomment>
        <translation>%3 wurde bei %2 auf %4 gesetzt</translation>
    </message>
    <message>
        <source>%1 set %3 to %4 on %2</source>
        <translation>%1 hat %3 bei %2 auf %4 gesetzt</translation>
    </message>
    <message>
        <source>%3 was changed from %6 to %4 on %2</source>
        <extracomment>%3 is a custom field (Priority), %6 its old value (Low), %4 its new value (High)</extracomment>
        <translation>%3 wurde bei %2 von %6 auf %4 geändert</translation>
    </message>
    <message>
        <source>%1 changed %3 from %6 to %4 on %2</source>
        <translation>%1 hat %3 bei %2 von %6 auf %4 geändert</translation>
    </message>
    <message>
        <source>%3 was changed on %2</source>
        <translation>%3 wurde bei %2 geändert</translation>
    </message>
    <message>
        <source>%1 changed %3 on %2</source>
        <translation>%1 hat %3 bei %2 geändert</translation>
    </message>
    <message>
        <source>A field was changed on %2</source>
        <translation>Bei %2 wurde ein Feld geändert</translation>
    </message>
    <message>
        <source>%1 changed a field on %2</source>
        <translation>%1 hat bei %2 ein Feld geändert</translation>
    </message>
    <message>
        <source>%2 was updated</source>
        <translation>%2 wurde aktualisiert</translation>
    </message>
    <message>
        <source>%1 updated %2</source>
        <translation>%1 hat %2 aktualisiert</translation>
    </message>
    <message>
        <source>%2 was created</source>
        <translation>%2 wurde erstellt</translation>
    </message>
    <message>
        <source>%1 created %2</source>
        <translation>%1 hat %2 erstellt</translation>
    </message>
    <message>
        <source>%2 was added to %3</source>
        <translation>%2 wurde zu %3 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 added %2 to %3</source>
        <translation>%1 hat %2 zu %3 hinzugefügt</translation>
    </message>
    <message>
        <source>%2 was removed</source>
        <translation>%2 wurde entfernt</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <translation>%1 hat %2 entfernt</translation>
    </message>
    <message>
        <source>%2 was removed from %3</source>
        <translation>%2 wurde aus %3 entfernt</translation>
    </message>
    <message>
        <source>%1 removed %2 from %3</source>
        <translation>%1 hat %2 aus %3 entfernt</translation>
    </message>
    <message>
        <source>%2 was moved</source>
        <translation>%2 wurde verschoben</translation>
    </message>
    <message>
        <source>%1 moved %2</source>
        <translation>%1 hat %2 verschoben</translation>
    </message>
    <message>
        <source>%2 was moved to %3</source>
        <extracomment>%3 is a section of a project (Done)</extracomment>
        <translation>%2 wurde nach %3 verschoben</translation>
    </message>
    <message>
        <source>%1 moved %2 to %3</source>
        <translation>%1 hat %2 nach %3 verschoben</translation>
    </message>
    <message>
        <source>%2 was deleted</source>
        <translation>%2 wurde gelöscht</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation>%1 hat %2 gelöscht</translation>
    </message>
    <message>
        <source>%2 was restored</source>
        <translation>%2 wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 restored %2</source>
        <translation>%1 hat %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>A comment was added to %2</source>
        <translation>%2 wurde kommentiert</translation>
    </message>
    <message>
        <source>%1 commented on %2</source>
        <translation>%1 hat %2 kommentiert</translation>
    </message>
    <message>
        <source>A comment on %2 was edited</source>
        <translation>Ein Kommentar zu %2 wurde bearbeitet</translation>
    </message>
    <message>
        <source>%1 edited a comment on %2</source>
        <translation>%1 hat einen Kommentar zu %2 bearbeitet</translation>
    </message>
    <message>
        <source>A comment on %2 was deleted</source>
        <translation>Ein Kommentar zu %2 wurde gelöscht</translation>
    </message>
    <message>
        <source>%1 deleted a comment on %2</source>
        <translation>%1 hat einen Kommentar zu %2 gelöscht</translation>
    </message>
    <message>
        <source>A comment on %2 was restored</source>
        <translation>Ein Kommentar zu %2 wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 restored a comment on %2</source>
        <translation>%1 hat einen Kommentar zu %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>A file was attached to %2</source>
        <translation>An %2 wurde eine Datei angehängt</translation>
    </message>
    <message>
        <source>%1 attached a file to %2</source>
        <translation>%1 hat eine Datei an %2 angehängt</translation>
    </message>
    <message>
        <source>%2 was liked</source>
        <translation>%2 gefällt jemandem</translation>
    </message>
    <message>
        <source>%1 liked %2</source>
        <translation>%2 gefällt %1</translation>
    </message>
    <message>
        <source>The section %2 was created</source>
        <translation>Der Abschnitt %2 wurde erstellt</translation>
    </message>
    <message>
        <source>%1 created the section %2</source>
        <translation>%1 hat den Abschnitt %2 erstellt</translation>
    </message>
    <message>
        <source>The section %2 was created in %3</source>
        <translation>Der Abschnitt %2 wurde in %3 erstellt</translation>
    </message>
    <message>
        <source>%1 created the section %2 in %3</source>
        <translation>%1 hat den Abschnitt %2 in %3 erstellt</translation>
    </message>
    <message>
        <source>The section %2 was renamed</source>
        <translation>Der Abschnitt %2 wurde umbenannt</translation>
    </message>
    <message>
        <source>%1 renamed the section %2</source>
        <translation>%1 hat den Abschnitt %2 umbenannt</translation>
    </message>
    <message>
        <source>The section %2 was updated</source>
        <translation>Der Abschnitt %2 wurde aktualisiert</translation>
    </message>
    <message>
        <source>%1 updated the section %2</source>
        <translation>%1 hat den Abschnitt %2 aktualisiert</translation>
    </message>
    <message>
        <source>The section %2 was deleted</source>
        <translation>Der Abschnitt %2 wurde gelöscht</translation>
    </message>
    <message>
        <source>%1 deleted the section %2</source>
        <translation>%1 hat den Abschnitt %2 gelöscht</translation>
    </message>
    <message>
        <source>The section %2 was restored</source>
        <translation>Der Abschnitt %2 wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 restored the section %2</source>
        <translation>%1 hat den Abschnitt %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>%2 was %5</source>
        <extracomment>%5 is an action word sent by Asana that this version does not know, as sent (levitated)</extracomment>
        <translation>%2: %5</translation>
    </message>
    <message>
        <source>%1 %5 %2</source>
        <translation>%2: %5 (von %1)</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>a project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>Element</translation>
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
        <translation>d. MMM HH:mm</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>date format</comment>
        <extracomment>A moment of an earlier year, as a QDateTime format (d day, MMM short month name)</extracomment>
        <translation>d. MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>The signed-in person as the one who did it: %1 in the sentences marked &quot;by you&quot; (which may say the pronoun themselves and leave %1 out)</extracomment>
        <translation>Sie</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Some events may be missing</source>
        <translation>Möglicherweise fehlen Ereignisse</translation>
    </message>
    <message>
        <source>%1: some events may be missing</source>
        <translation>%1: Möglicherweise fehlen Ereignisse</translation>
    </message>
    <message>
        <source>Events before %1 may be missing</source>
        <translation>Ereignisse vor %1 fehlen möglicherweise</translation>
    </message>
    <message>
        <source>%2: events before %1 may be missing</source>
        <translation>%2: Ereignisse vor %1 fehlen möglicherweise</translation>
    </message>
    <message>
        <source>Events between %1 and %2 may be missing</source>
        <translation>Ereignisse zwischen %1 und %2 fehlen möglicherweise</translation>
    </message>
    <message>
        <source>%3: events between %1 and %2 may be missing</source>
        <translation>%3: Ereignisse zwischen %1 und %2 fehlen möglicherweise</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
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
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format</comment>
        <extracomment>A day header of this year, as a QDate format (dddd weekday name, MMMM month name)</extracomment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A day header of an earlier year, as a QDate format (MMMM month name)</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Due dates</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Umbenannt</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format</comment>
        <extracomment>A day of a month without the year, as a QDate format (d day, MMM short month name)</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>%1 completed %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %2 abgeschlossen</translation>
    </message>
    <message>
        <source>%1 reopened %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %2 wieder geöffnet</translation>
    </message>
    <message>
        <source>%1 marked %2 complete</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %2 als abgeschlossen markiert</translation>
    </message>
    <message>
        <source>%1 assigned %2 to %3</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %2 an %3 zugewiesen</translation>
    </message>
    <message>
        <source>%2 was assigned to %3</source>
        <comment>to you: %3 is &quot;you&quot;</comment>
        <translation>%2 wurde Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>%1 assigned %2 to %3</source>
        <comment>to you: %3 is &quot;you&quot;</comment>
        <translation>%1 hat Ihnen %2 zugewiesen</translation>
    </message>
    <message>
        <source>%1 assigned %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %2 zugewiesen</translation>
    </message>
    <message>
        <source>%1 unassigned %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben die Zuweisung von %2 aufgehoben</translation>
    </message>
    <message>
        <source>%1 changed the due date of %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben das Fälligkeitsdatum von %2 geändert</translation>
    </message>
    <message>
        <source>%1 changed the due date of %2 to %4</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben das Fälligkeitsdatum von %2 auf %4 geändert</translation>
    </message>
    <message>
        <source>%1 changed the due date of %2 from %6 to %4</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben bei %2 das Fälligkeitsdatum von %6 auf %4 geändert</translation>
    </message>
    <message>
        <source>%1 removed the due date of %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben das Fälligkeitsdatum von %2 entfernt</translation>
    </message>
    <message>
        <source>%1 changed the start date of %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben das Startdatum von %2 geändert</translation>
    </message>
    <message>
        <source>%1 changed the start date of %2 to %4</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben das Startdatum von %2 auf %4 geändert</translation>
    </message>
    <message>
        <source>%1 changed the start date of %2 from %6 to %4</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben bei %2 das Startdatum von %6 auf %4 geändert</translation>
    </message>
    <message>
        <source>%1 removed the start date of %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben das Startdatum von %2 entfernt</translation>
    </message>
    <message>
        <source>%1 renamed %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %2 umbenannt</translation>
    </message>
    <message>
        <source>%1 edited the description of %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben die Beschreibung von %2 bearbeitet</translation>
    </message>
    <message>
        <source>%1 added %3 as a collaborator on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %3 zu den Mitarbeitenden von %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 added %3 as a collaborator on %2</source>
        <comment>to you: %3 is &quot;you&quot;</comment>
        <translation>%1 hat Sie zu den Mitarbeitenden von %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 added a collaborator to %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben bei %2 jemanden zu den Mitarbeitenden hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed %3 as a collaborator on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %3 aus den Mitarbeitenden von %2 entfernt</translation>
    </message>
    <message>
        <source>%1 removed %3 as a collaborator on %2</source>
        <comment>to you: %3 is &quot;you&quot;</comment>
        <translation>%1 hat Sie aus den Mitarbeitenden von %2 entfernt</translation>
    </message>
    <message>
        <source>%1 removed a collaborator from %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben bei %2 jemanden aus den Mitarbeitenden entfernt</translation>
    </message>
    <message>
        <source>%1 set %3 to %4 on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %3 bei %2 auf %4 gesetzt</translation>
    </message>
    <message>
        <source>%1 changed %3 from %6 to %4 on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %3 bei %2 von %6 auf %4 geändert</translation>
    </message>
    <message>
        <source>%1 changed %3 on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %3 bei %2 geändert</translation>
    </message>
    <message>
        <source>%1 changed a field on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben bei %2 ein Feld geändert</translation>
    </message>
    <message>
        <source>%1 updated %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %2 aktualisiert</translation>
    </message>
    <message>
        <source>%1 created %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %2 erstellt</translation>
    </message>
    <message>
        <source>%1 added %2 to %3</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %2 zu %3 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %2 entfernt</translation>
    </message>
    <message>
        <source>%1 removed %2 from %3</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %2 aus %3 entfernt</translation>
    </message>
    <message>
        <source>%1 moved %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %2 verschoben</translation>
    </message>
    <message>
        <source>%1 moved %2 to %3</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %2 nach %3 verschoben</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 restored %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 commented on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben %2 kommentiert</translation>
    </message>
    <message>
        <source>%1 edited a comment on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben einen Kommentar zu %2 bearbeitet</translation>
    </message>
    <message>
        <source>%1 deleted a comment on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben einen Kommentar zu %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 restored a comment on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben einen Kommentar zu %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 attached a file to %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben eine Datei an %2 angehängt</translation>
    </message>
    <message>
        <source>%1 liked %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>%2 gefällt Ihnen</translation>
    </message>
    <message>
        <source>%1 created the section %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben den Abschnitt %2 erstellt</translation>
    </message>
    <message>
        <source>%1 created the section %2 in %3</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben den Abschnitt %2 in %3 erstellt</translation>
    </message>
    <message>
        <source>%1 renamed the section %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben den Abschnitt %2 umbenannt</translation>
    </message>
    <message>
        <source>%1 updated the section %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben den Abschnitt %2 aktualisiert</translation>
    </message>
    <message>
        <source>%1 deleted the section %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben den Abschnitt %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 restored the section %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Sie haben den Abschnitt %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 %5 %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>%2: %5 (von Ihnen)</translation>
    </message>
</context>
<context>
    <name>FeedHealth</name>
    <message>
        <source>A followed item</source>
        <translation>Ein verfolgtes Element</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>wird synchronisiert</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>backing off until %1</source>
        <translation>wartet bis %1</translation>
    </message>
    <message>
        <source>backing off</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>rate-limited until %1</source>
        <translation>gedrosselt bis %1</translation>
    </message>
    <message>
        <source>rate-limited</source>
        <translation>gedrosselt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>sign-in needed: the token was refused</source>
        <translation>Anmeldung nötig: Das Token wurde abgelehnt</translation>
    </message>
    <message>
        <source>Asana does not know it (it may have been deleted, or this account cannot see it)</source>
        <translation>Asana kennt es nicht (vielleicht gelöscht, oder dieses Konto sieht es nicht)</translation>
    </message>
    <message>
        <source>this account has no access to it</source>
        <translation>dieses Konto hat keinen Zugriff darauf</translation>
    </message>
    <message>
        <source>it needs a paid Asana plan</source>
        <translation>dafür ist ein kostenpflichtiger Asana-Tarif nötig</translation>
    </message>
    <message>
        <source>Asana asked for fewer requests</source>
        <translation>Asana hat um weniger Anfragen gebeten</translation>
    </message>
    <message>
        <source>Asana had a problem on its side</source>
        <translation>Asana hatte ein Problem auf seiner Seite</translation>
    </message>
    <message>
        <source>Asana did not accept the request</source>
        <translation>Asana hat die Anfrage nicht angenommen</translation>
    </message>
    <message>
        <source>Asana did not answer in time</source>
        <translation>Asana hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Asana cannot be reached</source>
        <translation>Asana ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the secure connection to Asana could not be made</source>
        <translation>die sichere Verbindung zu Asana kam nicht zustande</translation>
    </message>
    <message>
        <source>Asana&apos;s answer was too large to read</source>
        <translation>die Antwort von Asana war zu groß zum Lesen</translation>
    </message>
    <message>
        <source>Asana&apos;s answer could not be understood</source>
        <translation>die Antwort von Asana war unverständlich</translation>
    </message>
    <message>
        <source>the address is not a secure (https) one</source>
        <translation>die Adresse ist nicht sicher (kein https)</translation>
    </message>
    <message>
        <source>the history on this computer cannot be written</source>
        <translation>der Verlauf auf diesem Computer kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>kein Zugriff</translation>
    </message>
    <message>
        <source>needs a paid plan</source>
        <translation>kostenpflichtiger Tarif nötig</translation>
    </message>
    <message>
        <source>refused by Asana</source>
        <translation>von Asana abgelehnt</translation>
    </message>
    <message>
        <source>insecure address</source>
        <translation>unsichere Adresse</translation>
    </message>
    <message>
        <source>Not following anything</source>
        <translation>Nichts wird verfolgt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n followed items live</source>
        <translation>
            <numerusform>%n verfolgtes Element live</numerusform>
            <numerusform>Alle %n verfolgten Elemente live</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n live</source>
        <translation>
            <numerusform>%1 von %n live</numerusform>
            <numerusform>%1 von %n live</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and one other</source>
        <translation>%1 und ein weiteres</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Asana refused it</source>
        <translation>Asana hat es abgelehnt</translation>
    </message>
    <message>
        <source>%1 cannot be followed: %2.</source>
        <translation>Verfolgen nicht möglich für %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be followed: %2. Asana says: “%3”</source>
        <translation>Verfolgen nicht möglich für %1: %2. Asana meldet: „%3“</translation>
    </message>
    <message>
        <source>Offline: Asana cannot be reached from this computer. The feed tries again at %1.</source>
        <translation>Offline: Asana ist von diesem Computer aus nicht erreichbar. Der Feed versucht es um %1 erneut.</translation>
    </message>
    <message>
        <source>Offline: Asana cannot be reached from this computer. The feed keeps trying.</source>
        <translation>Offline: Asana ist von diesem Computer aus nicht erreichbar. Der Feed versucht es weiter.</translation>
    </message>
    <message>
        <source>Asana asked for fewer requests from this account: the feed waits until %1.</source>
        <translation>Asana hat um weniger Anfragen von diesem Konto gebeten: Der Feed wartet bis %1.</translation>
    </message>
    <message>
        <source>Asana asked for fewer requests from this account: the feed waits a moment.</source>
        <translation>Asana hat um weniger Anfragen von diesem Konto gebeten: Der Feed wartet einen Moment.</translation>
    </message>
    <message>
        <source>a request failed</source>
        <translation>eine Anfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2. The feed tries again at %3.</source>
        <translation>%1: %2. Der Feed versucht es um %3 erneut.</translation>
    </message>
    <message>
        <source>%1: %2. The feed tries again shortly.</source>
        <translation>%1: %2. Der Feed versucht es gleich erneut.</translation>
    </message>
</context>
<context>
    <name>NotificationBatcher</name>
    <message numerus="yes">
        <source>%n new events</source>
        <translation>
            <numerusform>%n neues Ereignis</numerusform>
            <numerusform>%n neue Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new events in %1</source>
        <translation>
            <numerusform>%n neues Ereignis in %1</numerusform>
            <numerusform>%n neue Ereignisse in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationRules</name>
    <message>
        <source>assigned you %1</source>
        <translation>%1 wurde Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>mentioned you on %1</source>
        <translation>Sie wurden bei %1 erwähnt</translation>
    </message>
    <message>
        <source>mentioned you in %1</source>
        <translation>Sie wurden in %1 erwähnt</translation>
    </message>
    <message>
        <source>added you as a collaborator on %1</source>
        <translation>Sie wurden zu den Mitarbeitenden von %1 hinzugefügt</translation>
    </message>
    <message>
        <source>on %1, assigned to you</source>
        <translation>zu %1 – Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>on %1, which you created</source>
        <translation>zu %1 – von Ihnen erstellt</translation>
    </message>
    <message>
        <source>on %1, which you follow</source>
        <translation>zu %1 – Sie folgen der Aufgabe</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot use the state file: %1</source>
        <translation>die Statusdatei ist nicht nutzbar: %1</translation>
    </message>
    <message>
        <source>no such state file: %1</source>
        <translation>keine solche Statusdatei: %1</translation>
    </message>
    <message>
        <source>cannot export the state file: %1</source>
        <translation>die Statusdatei kann nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>the export could not be written</source>
        <translation>der Export konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot run ASANAFEED_SIGNIN_BROWSER (%1)</source>
        <translation>ASANAFEED_SIGNIN_BROWSER kann nicht ausgeführt werden (%1)</translation>
    </message>
    <message>
        <source>cannot read the token from the keychain: %1</source>
        <translation>das Token kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>the signed-in account&apos;s credentials were issued by %1 and are not sent to %2; sign in there with asana-feed --sign-in --base-url, or set ASANA_TOKEN</source>
        <translation>die Zugangsdaten des angemeldeten Kontos stammen von %1 und werden nicht an %2 gesendet; melden Sie sich dort mit asana-feed --sign-in --base-url an oder setzen Sie ASANA_TOKEN</translation>
    </message>
    <message>
        <source>no OAuth client id (ASANA_CLIENT_ID): the sign-in cannot be renewed, so following stops when its access token expires</source>
        <translation>keine OAuth-Client-ID (ASANA_CLIENT_ID): Die Anmeldung kann nicht erneuert werden, daher endet das Verfolgen, wenn das Zugriffstoken abläuft</translation>
    </message>
    <message>
        <source>no token: run asana-feed --sign-in, or set the ASANA_TOKEN environment variable</source>
        <translation>kein Token: Führen Sie asana-feed --sign-in aus oder setzen Sie die Umgebungsvariable ASANA_TOKEN</translation>
    </message>
    <message>
        <source>cannot start again; start Asana Feed yourself</source>
        <translation>Neustart nicht möglich; bitte starten Sie Asana Feed selbst</translation>
    </message>
    <message>
        <source>Try &apos;asana-feed --help&apos; for more information.</source>
        <translation>Weitere Informationen mit „asana-feed --help“.</translation>
    </message>
    <message>
        <source>cannot load the window library (%1): the installation is incomplete; reinstall Asana Feed</source>
        <translation>die Bibliothek des Fensters kann nicht geladen werden (%1): die Installation ist unvollständig; installieren Sie Asana Feed neu</translation>
    </message>
</context>
</TS>
