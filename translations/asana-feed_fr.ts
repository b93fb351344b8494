<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AsanaFeed::AccountController</name>
    <message>
        <source>The sign-in of %1 was issued by %2 and is not used with %3. Sign in again to use this server.</source>
        <translation>La connexion du compte %1 a été délivrée par %2 et n&apos;est pas utilisée avec %3. Reconnectez-vous pour utiliser ce serveur.</translation>
    </message>
    <message>
        <source>The sign-in of %1 is no longer on this computer. Sign in again to resume the feed.</source>
        <translation>La connexion du compte %1 n&apos;est plus sur cet ordinateur. Reconnectez-vous pour reprendre le fil d&apos;activité.</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so the sign-in could not be read. Sign in again to resume the feed; it is kept for this run only.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1)&#xa0;: la connexion n&apos;a pas pu être lue. Reconnectez-vous pour reprendre le fil d&apos;activité&#xa0;; la connexion ne sera conservée que pour cette session.</translation>
    </message>
    <message>
        <source>The sign-in could not be read from the keychain (%1). Sign in again to resume the feed.</source>
        <translation>La connexion n&apos;a pas pu être lue dans le trousseau (%1). Reconnectez-vous pour reprendre le fil d&apos;activité.</translation>
    </message>
    <message>
        <source>Asana did not say which account this is. Please try again.</source>
        <translation>Asana n&apos;a pas indiqué de quel compte il s&apos;agit. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>No keychain is available (%1): you are signed in for this run only. Start a keychain (such as GNOME Keyring or KWallet) to stay signed in.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1)&#xa0;: vous n&apos;êtes connecté que pour cette session. Démarrez un trousseau (comme GNOME Keyring ou KWallet) pour rester connecté.</translation>
    </message>
    <message>
        <source>The keychain did not keep the sign-in (%1): you are signed in for this run only.</source>
        <translation>Le trousseau n&apos;a pas conservé la connexion (%1)&#xa0;: vous n&apos;êtes connecté que pour cette session.</translation>
    </message>
    <message>
        <source>No keychain is available: you are signed in for this run only.</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;: vous n&apos;êtes connecté que pour cette session.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be kept in the keychain (%1); it is used for this run.</source>
        <translation>La connexion renouvelée n&apos;a pas pu être enregistrée dans le trousseau (%1)&#xa0;; elle est utilisée pour cette session.</translation>
    </message>
    <message>
        <source>Signed out; the history on this computer was removed.</source>
        <translation>Déconnecté&#xa0;; l&apos;historique a été supprimé de cet ordinateur.</translation>
    </message>
    <message>
        <source>Signed out; the history stays on this computer.</source>
        <translation>Déconnecté&#xa0;; l&apos;historique reste sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::AccountSession</name>
    <message>
        <source>The sign-in cannot be renewed (no refresh token). Please sign in again.</source>
        <translation>La connexion ne peut pas être renouvelée (aucun jeton d&apos;actualisation). Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Asana refused to renew the sign-in (%1). Please sign in again.</source>
        <translation>Asana a refusé de renouveler la connexion (%1). Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The sign-in could not be renewed (%1); trying again later.</source>
        <translation>La connexion n&apos;a pas pu être renouvelée (%1)&#xa0;; nouvel essai plus tard.</translation>
    </message>
    <message>
        <source>Asana no longer accepts the personal access token. Please sign in again.</source>
        <translation>Asana n&apos;accepte plus le jeton d&apos;accès personnel. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Asana no longer accepts the sign-in and it could not be renewed. Please sign in again.</source>
        <translation>Asana n&apos;accepte plus la connexion et elle n&apos;a pas pu être renouvelée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Asana keeps refusing the renewed sign-in. Please sign in again.</source>
        <translation>Asana refuse toujours la connexion renouvelée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The sign-in could not be revoked at Asana (%1); it was removed from this computer. You can revoke the app&apos;s access in Asana&apos;s settings.</source>
        <translation>La connexion n&apos;a pas pu être révoquée chez Asana (%1)&#xa0;; elle a été supprimée de cet ordinateur. Vous pouvez révoquer l&apos;accès de l&apos;application dans les paramètres d&apos;Asana.</translation>
    </message>
    <message>
        <source>The stored sign-in could not be deleted: %1</source>
        <translation>La connexion enregistrée n&apos;a pas pu être supprimée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::Application</name>
    <message>
        <source>This desktop has no system tray, so Asana Feed opened its window.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification&#xa0;: Asana Feed a donc ouvert sa fenêtre.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits Asana Feed.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification&#xa0;: fermer la fenêtre quitte Asana Feed.</translation>
    </message>
    <message>
        <source>Asana Feed is still running</source>
        <translation>Asana Feed est toujours en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>It keeps the feed up to date in the tray and tells you about what involves you. To quit, choose Quit Asana Feed in the tray icon&apos;s menu.</source>
        <translation>Il tient le fil d&apos;activité à jour depuis la zone de notification et vous signale ce qui vous concerne. Pour quitter, choisissez «&#xa0;Quitter Asana Feed&#xa0;» dans le menu de son icône.</translation>
    </message>
    <message>
        <source>Waiting for the demo workspace</source>
        <translation>En attente de l&apos;espace de travail de démonstration</translation>
    </message>
    <message>
        <source>Events from the simulated projects appear here within a few seconds.</source>
        <translation>Les événements des projets simulés apparaîtront ici dans quelques secondes.</translation>
    </message>
    <message>
        <source>Asana refused the token in the ASANA_TOKEN environment variable. Set a valid personal access token there, or unset it and sign in.</source>
        <translation>Asana a refusé le jeton de la variable d&apos;environnement ASANA_TOKEN. Indiquez-y un jeton d&apos;accès personnel valide, ou supprimez-la et connectez-vous.</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::AsanaClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>plain http is only allowed to a loopback host, not to %1; use https</source>
        <translation>le http non chiffré n&apos;est autorisé que vers l&apos;hôte local, pas vers %1&#xa0;; utilisez https</translation>
    </message>
    <message>
        <source>unsupported URL scheme &quot;%1&quot;</source>
        <translation>schéma d&apos;URL non pris en charge «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the credentials were issued by %1 and are not sent to %2</source>
        <translation>les identifiants ont été délivrés par %1 et ne sont pas envoyés à %2</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n s</source>
        <translation>
            <numerusform>aucune réponse complète en %n s</numerusform>
            <numerusform>aucune réponse complète en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer is not JSON (%1 at byte %2)</source>
        <translation>la réponse n&apos;est pas du JSON (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la réponse n&apos;est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::Demo</name>
    <message>
        <source>the demo simulator could not listen on 127.0.0.1</source>
        <translation>le simulateur de démonstration n&apos;a pas pu écouter sur 127.0.0.1</translation>
    </message>
    <message>
        <source>the demo could not create its temporary store: %1</source>
        <translation>la démonstration n&apos;a pas pu créer son stockage temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>the demo history could not be stored: %1</source>
        <translation>l&apos;historique de démonstration n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::EventDelegate</name>
    <message>
        <source>Asana could not say what happened in this time</source>
        <translation>Asana n&apos;a pas pu indiquer ce qui s&apos;est passé pendant cette période</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::EventPoller</name>
    <message>
        <source>Asana said there was more, but the page moved the sync token no further</source>
        <translation>Asana a annoncé d&apos;autres événements, mais la page n&apos;a pas fait avancer le jeton de synchronisation</translation>
    </message>
    <message>
        <source>Asana answered 412 without a new sync token</source>
        <translation>Asana a répondu 412 sans nouveau jeton de synchronisation</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::EventStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>The local history could not be read (%1) and was set aside as %2; a new history was started.</source>
        <translation>L&apos;historique local n&apos;a pas pu être lu (%1) et a été mis de côté sous le nom %2&#xa0;; un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>The history cannot be kept on this computer (cannot use the state file %1: %2); the feed is kept for this run only.</source>
        <translation>L&apos;historique ne peut pas être conservé sur cet ordinateur (impossible d&apos;utiliser le fichier d&apos;état %1&#xa0;: %2)&#xa0;; le fil d&apos;activité n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not an Asana Feed history</source>
        <translation>%1 n&apos;est pas un historique Asana Feed</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Asana Feed; open it once with --follow or the window to upgrade it</source>
        <translation>%1 a été écrit par une version plus ancienne d&apos;Asana Feed&#xa0;; ouvrez-le une fois avec --follow ou avec la fenêtre pour le mettre à niveau</translation>
    </message>
    <message>
        <source>%1 is in use by another program (%2); nothing was changed, try again when it is done</source>
        <translation>%1 est utilisé par un autre programme (%2)&#xa0;; rien n&apos;a été modifié, réessayez quand il aura terminé</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>cannot configure %1</source>
        <translation>impossible de configurer %1</translation>
    </message>
    <message>
        <source>%1 is damaged and could not be moved aside</source>
        <translation>%1 est endommagé et n&apos;a pas pu être mis de côté</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation>impossible de lire la version du schéma de %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Asana Feed (schema %2)</source>
        <translation>%1 a été écrit par une version plus récente d&apos;Asana Feed (schéma %2)</translation>
    </message>
    <message>
        <source>cannot migrate %1</source>
        <translation>impossible de migrer %1</translation>
    </message>
    <message>
        <source>migration to schema %1 failed</source>
        <translation>échec de la migration vers le schéma %1</translation>
    </message>
    <message>
        <source>cannot save the sync token to %1</source>
        <translation>impossible d&apos;enregistrer le jeton de synchronisation dans %1</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot save the events to %1</source>
        <translation>impossible d&apos;enregistrer les événements dans %1</translation>
    </message>
    <message>
        <source>cannot save to %1: %2</source>
        <translation>impossible d&apos;enregistrer dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot save the gap to %1</source>
        <translation>impossible d&apos;enregistrer la lacune dans %1</translation>
    </message>
    <message>
        <source>cannot save the subscription</source>
        <translation>impossible d&apos;enregistrer l&apos;abonnement</translation>
    </message>
    <message>
        <source>cannot remove the subscription</source>
        <translation>impossible de supprimer l&apos;abonnement</translation>
    </message>
    <message>
        <source>cannot save details to %1</source>
        <translation>impossible d&apos;enregistrer les détails dans %1</translation>
    </message>
    <message>
        <source>cannot mark the event</source>
        <translation>impossible de marquer l&apos;événement</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>cannot mark the events</source>
        <translation>impossible de marquer les événements</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>impossible de valider&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot prune the history</source>
        <translation>impossible d&apos;élaguer l&apos;historique</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::FeedView</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Event actions</source>
        <translation>Actions sur l&apos;événement</translation>
    </message>
    <message>
        <source>Open in Asana</source>
        <translation>Ouvrir dans Asana</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>Marquer comme non lu</translation>
    </message>
    <message>
        <source>Mark as Not Done</source>
        <translation>Marquer comme non traité</translation>
    </message>
    <message>
        <source>Mark as Done</source>
        <translation>Marquer comme traité</translation>
    </message>
    <message>
        <source>Hide this project</source>
        <translation>Masquer ce projet</translation>
    </message>
    <message>
        <source>Hide events in %1</source>
        <translation>Masquer les événements dans %1</translation>
    </message>
    <message>
        <source>Hide this person</source>
        <translation>Masquer cette personne</translation>
    </message>
    <message>
        <source>Hide events by %1</source>
        <translation>Masquer ce que fait %1</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::FilterBar</name>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Search people, tasks, projects…  (Ctrl+F or /)</source>
        <translation>Rechercher personnes, tâches, projets…  (Ctrl+F ou /)</translation>
    </message>
    <message>
        <source>Search the feed</source>
        <translation>Rechercher dans le fil</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Show only these people</source>
        <translation>Afficher uniquement ces personnes</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Show only these projects</source>
        <translation>Afficher uniquement ces projets</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Show only these kinds of resource</source>
        <translation>Afficher uniquement ces types d&apos;éléments</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Comments and stories</source>
        <translation>Commentaires et activité</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Show only unread events</source>
        <translation>Afficher uniquement les événements non lus</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Traités</translation>
    </message>
    <message>
        <source>Show only events marked done</source>
        <translation>Afficher uniquement les événements marqués comme traités</translation>
    </message>
    <message>
        <source>Events marked as done (E) leave the feed and are kept here</source>
        <translation>Les événements marqués comme traités (E) quittent le fil et sont conservés ici</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assignés</translation>
    </message>
    <message>
        <source>Due dates</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacés</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Not: %1 ×</source>
        <translation>Masqué&#xa0;: %1 ×</translation>
    </message>
    <message>
        <source>Hidden from the feed: %1. Click to show it again.</source>
        <translation>Masqué dans le fil&#xa0;: %1. Cliquez pour l&apos;afficher à nouveau.</translation>
    </message>
    <message>
        <source>Show %1 again</source>
        <translation>Afficher à nouveau %1</translation>
    </message>
    <message>
        <source>a followed item</source>
        <translation>un élément suivi</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Personnes (%1)</translation>
    </message>
    <message>
        <source>Projects (%1)</source>
        <translation>Projets (%1)</translation>
    </message>
    <message>
        <source>Types (%1)</source>
        <translation>Types (%1)</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation>Aucun projet pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::FollowCommand</name>
    <message>
        <source>standard output is closed; stopping</source>
        <translation>la sortie standard est fermée&#xa0;; arrêt</translation>
    </message>
    <message>
        <source>the renewed sign-in could not be kept in the keychain (%1); it is used for this run only</source>
        <translation>la connexion renouvelée n&apos;a pas pu être enregistrée dans le trousseau (%1)&#xa0;; elle n&apos;est utilisée que pour cette session</translation>
    </message>
    <message>
        <source>the access token has expired; renewing the sign-in</source>
        <translation>le jeton d&apos;accès a expiré&#xa0;; renouvellement de la connexion</translation>
    </message>
    <message>
        <source>%1 Run asana-feed --sign-in, then --follow again.</source>
        <translation>%1 Lancez asana-feed --sign-in, puis à nouveau --follow.</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>arrêt</translation>
    </message>
    <message numerus="yes">
        <source>standard output is not being read; %n bytes were not written</source>
        <translation>
            <numerusform>la sortie standard n&apos;est pas lue&#xa0;; %n octet n&apos;a pas été écrit</numerusform>
            <numerusform>la sortie standard n&apos;est pas lue&#xa0;; %n octets n&apos;ont pas été écrits</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output is not being read; pausing until it is</source>
        <translation>la sortie standard n&apos;est pas lue&#xa0;; pause jusqu&apos;à ce qu&apos;elle le soit</translation>
    </message>
    <message>
        <source>standard output is being read again; resuming</source>
        <translation>la sortie standard est de nouveau lue&#xa0;; reprise</translation>
    </message>
    <message>
        <source>%1: the sync token expired; events before %2 may be missing</source>
        <translation>%1&#xa0;: le jeton de synchronisation a expiré&#xa0;; des événements antérieurs à %2 manquent peut-être</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; giving up after %n attempts</source>
        <translation>
            <numerusform>%1&#xa0;: %2&#xa0;; abandon après %n tentative</numerusform>
            <numerusform>%1&#xa0;: %2&#xa0;; abandon après %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: backing off for %2 s: %3</source>
        <translation>%1&#xa0;: nouvel essai dans %2 s&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: rate-limited for %2 s</source>
        <translation>%1&#xa0;: limite de requêtes atteinte pour %2 s</translation>
    </message>
    <message>
        <source>%1: Asana asked for a new access token; renewing the sign-in</source>
        <translation>%1&#xa0;: Asana demande un nouveau jeton d&apos;accès&#xa0;; renouvellement de la connexion</translation>
    </message>
    <message>
        <source>%1: the token was rejected: %2</source>
        <translation>%1&#xa0;: le jeton a été refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1&#xa0;: échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>every subscription failed</source>
        <translation>tous les abonnements ont échoué</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::FreedesktopNotifications</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Open in Asana</source>
        <translation>Ouvrir dans Asana</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::KeychainTokenStore</name>
    <message>
        <source>the system keychain is not available: %1</source>
        <translation>le trousseau du système n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>access to the keychain was refused: %1</source>
        <translation>l&apos;accès au trousseau a été refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation>le trousseau a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>there is no desktop session bus (%1)</source>
        <translation>il n&apos;y a pas de bus de session du bureau (%1)</translation>
    </message>
    <message>
        <source>the desktop session bus does not answer</source>
        <translation>le bus de session du bureau ne répond pas</translation>
    </message>
    <message>
        <source>no keychain service (such as GNOME Keyring or KWallet) runs in this session</source>
        <translation>aucun service de trousseau (comme GNOME Keyring ou KWallet) ne tourne dans cette session</translation>
    </message>
    <message>
        <source>The keychain entry for this account is damaged; please sign in again.</source>
        <translation>L&apos;entrée du trousseau pour ce compte est endommagée&#xa0;; veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::LoopbackRedirect</name>
    <message>
        <source>Asana Feed has the answer. You can close this page and return to the app.</source>
        <translation>Asana Feed a reçu la réponse. Vous pouvez fermer cette page et revenir à l&apos;application.</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Cette requête est trop volumineuse.</translation>
    </message>
    <message>
        <source>This page is not part of a sign-in in progress.</source>
        <translation>Cette page ne fait partie d&apos;aucune connexion en cours.</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::MainWindow</name>
    <message>
        <source>No events yet</source>
        <translation>Aucun événement pour l&apos;instant</translation>
    </message>
    <message>
        <source>New activity in the projects you follow appears here as it happens.</source>
        <translation>La nouvelle activité des projets que vous suivez apparaît ici en temps réel.</translation>
    </message>
    <message>
        <source>Asana Feed</source>
        <translation>Asana Feed</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Demo mode: a simulated workspace, nothing is kept</source>
        <translation>Mode démo&#xa0;: un espace de travail simulé, rien n&apos;est conservé</translation>
    </message>
    <message>
        <source>A simulated workspace on this computer: no account, nothing is kept.</source>
        <translation>Un espace de travail simulé sur cet ordinateur&#xa0;: aucun compte, rien n&apos;est conservé.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Notice action</source>
        <translation>Action de l&apos;avis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Ignorer l&apos;avis</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Empty state action</source>
        <translation>Action de l&apos;état vide</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Unread events</source>
        <translation>Événements non lus</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Follow Projects and Tasks…</source>
        <translation>Suivre des projets et des tâches…</translation>
    </message>
    <message>
        <source>This is the demo: its tasks are not in Asana, so there is nothing to open there.</source>
        <translation>Ceci est la démo&#xa0;: ses tâches ne sont pas dans Asana, il n&apos;y a donc rien à y ouvrir.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Feed</source>
        <translation>Fi&amp;l</translation>
    </message>
    <message>
        <source>&amp;Mark All Read</source>
        <translation>Tout &amp;marquer comme lu</translation>
    </message>
    <message>
        <source>Go to &amp;Newest</source>
        <translation>Aller aux plus &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Asana Feed</source>
        <translation>À &amp;propos d&apos;Asana Feed</translation>
    </message>
    <message>
        <source>About Asana Feed</source>
        <translation>À propos d&apos;Asana Feed</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Autres menus</translation>
    </message>
    <message>
        <source>Asana Feed — Demo</source>
        <translation>Asana Feed — Démo</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Sign in to Asana to see what happens in your projects as it happens — or try asana-feed --demo first to see how it looks.</source>
        <translation>Connectez-vous à Asana pour suivre en direct ce qui se passe dans vos projets — ou essayez d&apos;abord asana-feed --demo pour voir à quoi cela ressemble.</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <source>Sign in again to resume the feed</source>
        <translation>Reconnectez-vous pour reprendre le fil d&apos;activité</translation>
    </message>
    <message>
        <source>What happened meanwhile appears here once you have signed in again.</source>
        <translation>Ce qui s&apos;est passé entre-temps apparaîtra ici une fois que vous vous serez reconnecté.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>%1 — sign in again</source>
        <translation>%1 — reconnectez-vous</translation>
    </message>
    <message>
        <source>Using the token from the ASANA_TOKEN environment variable</source>
        <translation>Avec le jeton de la variable d&apos;environnement ASANA_TOKEN</translation>
    </message>
    <message>
        <source>The sign-in has expired</source>
        <translation>La connexion a expiré</translation>
    </message>
    <message>
        <source>Asana user %1</source>
        <translation>Utilisateur Asana %1</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Se déconnecter…</translation>
    </message>
    <message>
        <source>Sign in to another account…</source>
        <translation>Se connecter à un autre compte…</translation>
    </message>
    <message>
        <source>Using the token from ASANA_TOKEN</source>
        <translation>Avec le jeton d&apos;ASANA_TOKEN</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>Se déconnecter du compte %1&#xa0;?</translation>
    </message>
    <message>
        <source>The sign-in is revoked at Asana and removed from this computer&apos;s keychain. The feed&apos;s history on this computer can stay for the next sign-in, or go.</source>
        <translation>La connexion est révoquée chez Asana et supprimée du trousseau de cet ordinateur. L&apos;historique du fil d&apos;activité peut rester sur cet ordinateur pour la prochaine connexion, ou être supprimé.</translation>
    </message>
    <message>
        <source>Sign Out, Keep History</source>
        <translation>Se déconnecter, garder l&apos;historique</translation>
    </message>
    <message>
        <source>Sign Out and Remove History</source>
        <translation>Se déconnecter et supprimer l&apos;historique</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>That event is no longer in the feed.</source>
        <translation>Cet événement n&apos;est plus dans le fil.</translation>
    </message>
    <message>
        <source>Nothing is marked done</source>
        <translation>Aucun événement traité</translation>
    </message>
    <message>
        <source>Events marked as done (E, or from an event&apos;s menu) leave the feed and are kept here.</source>
        <translation>Les événements marqués comme traités (E, ou depuis le menu d&apos;un événement) quittent le fil et sont conservés ici.</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Tout est traité</translation>
    </message>
    <message>
        <source>Every event is marked done. The Done view shows them.</source>
        <translation>Tous les événements sont marqués comme traités. La vue «&#xa0;Traités&#xa0;» les affiche.</translation>
    </message>
    <message>
        <source>Nothing matches the filter</source>
        <translation>Aucun résultat pour ce filtre</translation>
    </message>
    <message>
        <source>Try other words, or clear the filters to see every event.</source>
        <translation>Essayez d&apos;autres mots, ou effacez les filtres pour voir tous les événements.</translation>
    </message>
    <message>
        <source>Back to the Feed</source>
        <translation>Retour au fil</translation>
    </message>
    <message numerus="yes">
        <source>last update %n s ago</source>
        <translation>
            <numerusform>dernière mise à jour il y a %n s</numerusform>
            <numerusform>dernière mise à jour il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last update %n min ago</source>
        <translation>
            <numerusform>dernière mise à jour il y a %n min</numerusform>
            <numerusform>dernière mise à jour il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last update %n h ago</source>
        <translation>
            <numerusform>dernière mise à jour il y a %n h</numerusform>
            <numerusform>dernière mise à jour il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>New events cannot be saved: %1. They are fetched again once the history can be written.</source>
        <translation>Les nouveaux événements ne peuvent pas être enregistrés&#xa0;: %1. Ils seront récupérés à nouveau dès que l&apos;historique pourra être écrit.</translation>
    </message>
    <message>
        <source>New activity in what you follow appears here as it happens.</source>
        <translation>La nouvelle activité de ce que vous suivez apparaît ici en temps réel.</translation>
    </message>
    <message>
        <source>Not following anything yet</source>
        <translation>Vous ne suivez rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>Choose the projects, tasks, goals or portfolios to follow: what happens in them appears here as it happens.</source>
        <translation>Choisissez les projets, tâches, objectifs ou portefeuilles à suivre&#xa0;: ce qui s&apos;y passe apparaîtra ici en temps réel.</translation>
    </message>
    <message>
        <source>Follow a Project…</source>
        <translation>Suivre un projet…</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Asana Feed %1&lt;/h3&gt;&lt;p&gt;What happens in Asana, as it happens: a live feed of readable sentences, in a window or from the tray.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Asana Feed %1&lt;/h3&gt;&lt;p&gt;Ce qui se passe dans Asana, au moment où cela se passe&#xa0;: un fil d&apos;activité en direct, en phrases lisibles, dans une fenêtre ou depuis la zone de notification.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Qt %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::NewEventsPill</name>
    <message>
        <source>Go to the newest events</source>
        <translation>Aller aux événements les plus récents</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AsanaFeed::NotificationCenter</name>
    <message numerus="yes">
        <source>%n new events while you were away</source>
        <translation>
            <numerusform>%n nouvel événement pendant votre absence</numerusform>
            <numerusform>%n nouveaux événements pendant votre absence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AsanaFeed::OAuthSignIn</name>
    <message>
        <source>No answer from the sign-in server: %1</source>
        <translation>Aucune réponse du serveur de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer carried no access token.</source>
        <translation>La réponse du serveur de connexion ne contenait aucun jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1)</source>
        <translation>Le serveur de connexion a refusé la requête (HTTP %1)</translation>
    </message>
    <message>
        <source>Sign-in timed out: no answer from the browser in time.</source>
        <translation>Délai de connexion dépassé&#xa0;: le navigateur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>No OAuth client id is configured.</source>
        <translation>Aucun identifiant client OAuth n&apos;est configuré.</translation>
    </message>
    <message>
        <source>There is no way to open a browser here.</source>
        <translation>Impossible d&apos;ouvrir un navigateur ici.</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in redirect on 127.0.0.1 port %1; is another sign-in running?</source>
        <translation>Impossible d&apos;écouter la redirection de connexion sur 127.0.0.1, port %1&#xa0;; une autre connexion est-elle en cours&#xa0;?</translation>
    </message>
    <message>
        <source>The pasted code is empty.</source>
        <translation>Le code collé est vide.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Access was denied in the browser.</source>
        <translation>L&apos;accès a été refusé dans le navigateur.</translation>
    </message>
    <message>
        <source>Asana refused the sign-in: %1</source>
        <translation>Asana a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-in redirect carried no authorization code.</source>
        <translation>La redirection de connexion ne contenait aucun code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>The pasted text is not an authorization code.</source>
        <translation>Le texte collé n’est pas un code d’autorisation.</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::PatSignIn</name>
    <message>
        <source>The token is empty.</source>
        <translation>Le jeton est vide.</translation>
    </message>
    <message>
        <source>Asana did not accept the token (%1). Check that it was copied whole and has not been deleted in Asana&apos;s developer console.</source>
        <translation>Asana n&apos;a pas accepté le jeton (%1). Vérifiez qu&apos;il a été copié en entier et qu&apos;il n&apos;a pas été supprimé dans la console développeur d&apos;Asana.</translation>
    </message>
    <message>
        <source>Asana could not be asked about the token (%1).</source>
        <translation>Impossible d&apos;interroger Asana sur le jeton (%1).</translation>
    </message>
    <message>
        <source>Asana&apos;s answer about the account could not be understood.</source>
        <translation>La réponse d&apos;Asana au sujet du compte n&apos;a pas pu être comprise.</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::ResourceSearch</name>
    <message>
        <source>Asana could not search: %1</source>
        <translation>Asana n&apos;a pas pu effectuer la recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asana could not list the projects: %1</source>
        <translation>Asana n&apos;a pas pu lister les projets&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asana could not list the workspaces: %1</source>
        <translation>Asana n&apos;a pas pu lister les espaces de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asana has no project, task or goal by that link, or it is not shared with you.</source>
        <translation>Asana n&apos;a aucun projet, tâche ou objectif à ce lien, ou il n&apos;est pas partagé avec vous.</translation>
    </message>
    <message>
        <source>Asana could not say what the link names: %1</source>
        <translation>Asana n&apos;a pas pu dire à quoi correspond ce lien&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::SettingsDialog</name>
    <message>
        <source>What involves me</source>
        <translation>Ce qui me concerne</translation>
    </message>
    <message>
        <source>All activity</source>
        <translation>Toute l&apos;activité</translation>
    </message>
    <message>
        <source>Nothing (muted)</source>
        <translation>Rien (en sourdine)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign Out…</source>
        <translation>Se déconnecter…</translation>
    </message>
    <message>
        <source>Your sign-in is kept in this computer&apos;s keychain, never in a file. Signing out asks whether to keep this computer&apos;s copy of the feed.</source>
        <translation>Votre connexion est conservée dans le trousseau de cet ordinateur, jamais dans un fichier. À la déconnexion, vous choisissez de garder ou non la copie du fil d&apos;activité sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Choose What to Follow…</source>
        <translation>Choisir quoi suivre…</translation>
    </message>
    <message>
        <source>For each project or task you follow, choose what notifies you. Muted ones stay in the feed without notifications.</source>
        <translation>Pour chaque projet ou tâche suivi, choisissez ce qui vous est notifié. Les éléments en sourdine restent dans le fil, sans notification.</translation>
    </message>
    <message>
        <source>Notifications for what you follow</source>
        <translation>Notifications pour ce que vous suivez</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Notify me about</source>
        <translation>Me notifier de</translation>
    </message>
    <message>
        <source>Nothing is followed yet.</source>
        <translation>Vous ne suivez rien pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Notify me about new activity</source>
        <translation>Me notifier de la nouvelle activité</translation>
    </message>
    <message>
        <source>What involves you: assigned to you, a comment that mentions you, a change to a task you created, are assigned to or follow — and everything of what you set to all activity. Never what you did yourself.</source>
        <translation>Ce qui vous concerne&#xa0;: ce qui vous est assigné, un commentaire qui vous mentionne, une modification d&apos;une tâche que vous avez créée, dont vous êtes responsable ou que vous suivez — et tout ce qui se passe dans ce que vous avez réglé sur «&#xa0;Toute l&apos;activité&#xa0;». Jamais ce que vous avez fait vous-même.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures de silence</translation>
    </message>
    <message>
        <source>No notifications from</source>
        <translation>Aucune notification de</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Début des heures de silence</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures de silence</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation>Jouer un son à chaque notification</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume&#xa0;:</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Play the notification sound</source>
        <translation>Écouter le son de notification</translation>
    </message>
    <message>
        <source>Clicking a notification</source>
        <translation>Clic sur une notification</translation>
    </message>
    <message>
        <source>Shows the event in the feed</source>
        <translation>Affiche l&apos;événement dans le fil</translation>
    </message>
    <message>
        <source>Opens it in Asana</source>
        <translation>L&apos;ouvre dans Asana</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>The ASANAFEED_PALETTE environment variable chooses the colours for this run.</source>
        <translation>La variable d&apos;environnement ASANAFEED_PALETTE choisit les couleurs pour cette session.</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Fil d&apos;activité</translation>
    </message>
    <message>
        <source>Compact rows</source>
        <translation>Lignes compactes</translation>
    </message>
    <message>
        <source>Less space around each row, and a comment&apos;s first line only.</source>
        <translation>Moins d&apos;espace autour de chaque ligne, et seulement la première ligne d&apos;un commentaire.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <extracomment>%1: the name of the system&apos;s language, in that language (&quot;Deutsch&quot;)</extracomment>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Asana Feed speaks the new language from its next start.</source>
        <translation>Asana Feed utilisera la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Start Asana Feed when I log in</source>
        <translation>Lancer Asana Feed à l&apos;ouverture de ma session</translation>
    </message>
    <message>
        <source>In the tray, without opening the window</source>
        <translation>Dans la zone de notification, sans ouvrir la fenêtre</translation>
    </message>
    <message>
        <source>Closing the window</source>
        <translation>Fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Continuer dans la zone de notification</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits Asana Feed, and it always starts with its window.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification&#xa0;: fermer la fenêtre quitte Asana Feed, qui démarre toujours avec sa fenêtre.</translation>
    </message>
    <message>
        <source>Mark an event done when I open it in Asana</source>
        <translation>Marquer un événement comme traité quand je l&apos;ouvre dans Asana</translation>
    </message>
    <message>
        <source>&amp;Days of history to keep:</source>
        <translation>&amp;Jours d&apos;historique à conserver&#xa0;:</translation>
    </message>
    <message>
        <source>Older events are removed from this computer, at once and then daily.</source>
        <translation>Les événements plus anciens sont supprimés de cet ordinateur, immédiatement puis chaque jour.</translation>
    </message>
    <message>
        <source>Request budget</source>
        <translation>Quota de requêtes</translation>
    </message>
    <message>
        <source>&amp;Requests a minute, at most:</source>
        <translation>&amp;Requêtes par minute, au maximum&#xa0;:</translation>
    </message>
    <message>
        <source>Asana allows 150 requests a minute on free plans and 1,500 on paid ones. Applies at once.</source>
        <translation>Asana autorise 150 requêtes par minute avec les forfaits gratuits et 1&#xa0;500 avec les forfaits payants. S&apos;applique immédiatement.</translation>
    </message>
    <message>
        <source>Asana&apos;s address</source>
        <translation>Adresse d&apos;Asana</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>For testing against another server, such as asana-sim; empty for Asana&apos;s own. Takes effect when Asana Feed next starts. A sign-in belongs to the server that issued it: at another address you sign in again.</source>
        <translation>Pour tester avec un autre serveur, comme asana-sim&#xa0;; vide pour celui d&apos;Asana. Prend effet au prochain démarrage d&apos;Asana Feed. Une connexion appartient au serveur qui l&apos;a délivrée&#xa0;: à une autre adresse, vous vous reconnectez.</translation>
    </message>
    <message>
        <source>Sign-in redirect</source>
        <translation>Redirection de connexion</translation>
    </message>
    <message>
        <source>&amp;Port on this computer:</source>
        <translation>&amp;Port sur cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>The redirect URL registered for the OAuth app must be %1. Takes effect when Asana Feed next starts.</source>
        <translation>L&apos;URL de redirection enregistrée pour l&apos;application OAuth doit être %1. Prend effet au prochain démarrage d&apos;Asana Feed.</translation>
    </message>
    <message>
        <source>Notifications are paused until you resume them.</source>
        <translation>Les notifications sont en pause jusqu&apos;à ce que vous les repreniez.</translation>
    </message>
    <message>
        <source>Notifications are paused until %1.</source>
        <translation>Les notifications sont en pause jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>The demo leaves how this computer starts as it is.</source>
        <translation>La démo ne modifie pas le démarrage de cet ordinateur.</translation>
    </message>
    <message>
        <source>Not used: the address must start with https://, or be http:// on this computer (127.0.0.1 or localhost).</source>
        <translation>Non utilisée&#xa0;: l&apos;adresse doit commencer par https://, ou être en http:// sur cet ordinateur (127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <source>Notify me about %1</source>
        <translation>Me notifier pour %1</translation>
    </message>
    <message>
        <source>The choice could not be kept: %1</source>
        <translation>Le choix n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Workspaces: %1</source>
        <translation>Espaces de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not signed in. Sign in to Asana to see what happens in your projects as it happens.</source>
        <translation>Non connecté. Connectez-vous à Asana pour suivre en direct ce qui se passe dans vos projets.</translation>
    </message>
    <message>
        <source>Signed in to Asana.</source>
        <translation>Connecté à Asana.</translation>
    </message>
    <message>
        <source>The sign-in needs renewing.</source>
        <translation>La connexion doit être renouvelée.</translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>This run uses the token in the ASANA_TOKEN environment variable: nobody is signed in here. Unset it to sign in.</source>
        <translation>Cette session utilise le jeton de la variable d&apos;environnement ASANA_TOKEN&#xa0;: personne n&apos;est connecté ici. Supprimez-la pour vous connecter.</translation>
    </message>
    <message>
        <source>The demo has no account: it shows a simulated workspace.</source>
        <translation>La démo n&apos;a pas de compte&#xa0;: elle affiche un espace de travail simulé.</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::SignInCommand</name>
    <message>
        <source>asana-feed: no token on standard input</source>
        <translation>asana-feed&#xa0;: aucun jeton sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>asana-feed: no OAuth client id. Register an app in Asana&apos;s developer console (My apps → Create new app; under OAuth add the redirect URL %1 exactly), then set the ASANA_CLIENT_ID environment variable to its client id (and ASANA_CLIENT_SECRET if the app requires it), or set oauth/clientId in the settings, or build with -DASANAFEED_OAUTH_CLIENT_ID=&lt;id&gt;. Or keep a personal access token: asana-feed --sign-in --token-stdin</source>
        <translation>asana-feed&#xa0;: aucun identifiant client OAuth. Enregistrez une application dans la console développeur d&apos;Asana (My apps → Create new app&#xa0;; sous OAuth, ajoutez exactement l&apos;URL de redirection %1), puis donnez son identifiant client à la variable d&apos;environnement ASANA_CLIENT_ID (et ASANA_CLIENT_SECRET si l&apos;application l&apos;exige), ou définissez oauth/clientId dans les paramètres, ou compilez avec -DASANAFEED_OAUTH_CLIENT_ID=&lt;id&gt;. Ou enregistrez un jeton d&apos;accès personnel&#xa0;: asana-feed --sign-in --token-stdin</translation>
    </message>
    <message>
        <source>asana-feed: to sign in, open this address in a browser and allow access, then paste the code Asana shows here and press Enter (within 5 minutes):</source>
        <translation>asana-feed&#xa0;: pour vous connecter, ouvrez cette adresse dans un navigateur et autorisez l&apos;accès, puis collez ici le code affiché par Asana et appuyez sur Entrée (dans les 5 minutes)&#xa0;:</translation>
    </message>
    <message>
        <source>asana-feed: to sign in, open this address in a browser (waiting up to 5 minutes):</source>
        <translation>asana-feed&#xa0;: pour vous connecter, ouvrez cette adresse dans un navigateur (attente de 5 minutes au maximum)&#xa0;:</translation>
    </message>
    <message>
        <source>asana-feed: sign-in failed: standard input ended before a code was pasted</source>
        <translation>asana-feed&#xa0;: échec de la connexion&#xa0;: l&apos;entrée standard s&apos;est terminée avant qu&apos;un code soit collé</translation>
    </message>
    <message>
        <source>asana-feed: sign-in failed: %1</source>
        <translation>asana-feed&#xa0;: échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>asana-feed: sign-in failed: the server did not say which account this is</source>
        <translation>asana-feed&#xa0;: échec de la connexion&#xa0;: le serveur n&apos;a pas indiqué de quel compte il s&apos;agit</translation>
    </message>
    <message>
        <source>asana-feed: no keychain is available (%1); nothing was kept. asana-feed keeps secrets only in the OS keychain — start a keychain (e.g. gnome-keyring or KWallet) or use ASANA_TOKEN for --follow.</source>
        <translation>asana-feed&#xa0;: aucun trousseau n&apos;est disponible (%1)&#xa0;; rien n&apos;a été enregistré. asana-feed ne conserve les secrets que dans le trousseau du système — démarrez un trousseau (par ex. gnome-keyring ou KWallet) ou utilisez ASANA_TOKEN pour --follow.</translation>
    </message>
    <message>
        <source>asana-feed: the keychain refused to keep the token: %1</source>
        <translation>asana-feed&#xa0;: le trousseau a refusé d&apos;enregistrer le jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::SignInDialog</name>
    <message>
        <source>Sign in to Asana</source>
        <translation>Se connecter à Asana</translation>
    </message>
    <message>
        <source>Asana Feed shows what happens in your Asana projects as it happens. Your sign-in is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Asana Feed affiche en direct ce qui se passe dans vos projets Asana. Votre connexion est conservée dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Sign in with Asana…</source>
        <translation>Se connecter avec Asana…</translation>
    </message>
    <message>
        <source>Sign in with Asana in the browser</source>
        <translation>Se connecter avec Asana dans le navigateur</translation>
    </message>
    <message>
        <source>Or use a personal access token</source>
        <translation>Ou utilisez un jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>Create one in Asana&apos;s &lt;a href=&quot;https://app.asana.com/0/my-apps&quot;&gt;developer console&lt;/a&gt; (My apps → Personal access tokens). It is checked with Asana before it is kept.</source>
        <translation>Créez-en un dans la &lt;a href=&quot;https://app.asana.com/0/my-apps&quot;&gt;console développeur&lt;/a&gt; d&apos;Asana (My apps → Personal access tokens). Il est vérifié auprès d&apos;Asana avant d&apos;être enregistré.</translation>
    </message>
    <message>
        <source>Paste a personal access token</source>
        <translation>Collez un jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>Use token</source>
        <translation>Utiliser le jeton</translation>
    </message>
    <message>
        <source>Checking the token with Asana…</source>
        <translation>Vérification du jeton auprès d&apos;Asana…</translation>
    </message>
    <message>
        <source>Use the personal access token</source>
        <translation>Utiliser le jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>Continuez dans votre navigateur</translation>
    </message>
    <message>
        <source>Asana&apos;s sign-in page has opened in your browser. Allow Asana Feed access there; this window continues by itself.</source>
        <translation>La page de connexion d&apos;Asana s&apos;est ouverte dans votre navigateur. Autorisez-y l&apos;accès d&apos;Asana Feed&#xa0;; cette fenêtre continuera d&apos;elle-même.</translation>
    </message>
    <message>
        <source>If the browser cannot come back to this app (for example on a locked-down computer), Asana can show you a code to paste here instead.</source>
        <translation>Si le navigateur ne peut pas revenir à cette application (par exemple sur un ordinateur verrouillé), Asana peut plutôt vous afficher un code à coller ici.</translation>
    </message>
    <message>
        <source>Paste a code instead</source>
        <translation>Coller un code à la place</translation>
    </message>
    <message>
        <source>Sign in by pasting a code</source>
        <translation>Se connecter en collant un code</translation>
    </message>
    <message>
        <source>Paste the code from Asana</source>
        <translation>Collez le code d&apos;Asana</translation>
    </message>
    <message>
        <source>Allow access on the page that opened in your browser, then copy the code it shows and paste it here.</source>
        <translation>Autorisez l&apos;accès sur la page ouverte dans votre navigateur, puis copiez le code qu&apos;elle affiche et collez-le ici.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code from Asana</source>
        <translation>Code d&apos;Asana</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>Finalisation de la connexion…</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Keeping the sign-in…</source>
        <translation>Enregistrement de la connexion…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation>En attente du navigateur…</translation>
    </message>
    <message>
        <source>This copy of Asana Feed signs in with a personal access token: a key that you make in Asana, which lets the app read your Asana account as you. You can revoke it in Asana at any time.</source>
        <translation>Cette copie d&apos;Asana Feed se connecte avec un jeton d&apos;accès personnel&#xa0;: une clé que vous créez dans Asana et qui permet à l&apos;application de lire votre compte Asana en votre nom. Vous pouvez la révoquer dans Asana à tout moment.</translation>
    </message>
    <message>
        <source>To get one, open Asana&apos;s token page, choose &quot;Create new token&quot;, give it a name such as &quot;Asana Feed&quot;, then copy the token and paste it here. It is checked with Asana before it is kept.</source>
        <translation>Pour en obtenir un, ouvrez la page des jetons d&apos;Asana, choisissez «&#xa0;Create new token&#xa0;», donnez-lui un nom comme «&#xa0;Asana Feed&#xa0;», puis copiez le jeton et collez-le ici. Il est vérifié auprès d&apos;Asana avant d&apos;être conservé.</translation>
    </message>
    <message>
        <source>Open Asana&apos;s Token Page</source>
        <translation>Ouvrir la page des jetons d&apos;Asana</translation>
    </message>
    <message>
        <source>Open Asana&apos;s token page in the browser</source>
        <translation>Ouvrir la page des jetons d&apos;Asana dans le navigateur</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::StartAtLogin</name>
    <message>
        <source>Asana Feed could not be set to start at login (%1).</source>
        <translation>Asana Feed n&apos;a pas pu être configuré pour démarrer à l&apos;ouverture de session (%1).</translation>
    </message>
    <message>
        <source>Asana Feed could not be kept from starting at login (%1).</source>
        <translation>Impossible d&apos;empêcher Asana Feed de démarrer à l&apos;ouverture de session (%1).</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::SubscriptionModel</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>%1 (gid %2)</source>
        <translation>%1 (gid %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>%1, muted</source>
        <translation>%1, en sourdine</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::SubscriptionsDialog</name>
    <message>
        <source>Follow in Asana</source>
        <translation>Suivre dans Asana</translation>
    </message>
    <message>
        <source>Find a project, task, goal or portfolio</source>
        <translation>Trouver un projet, une tâche, un objectif ou un portefeuille</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Search by name, or paste a link from Asana</source>
        <translation>Recherchez par nom, ou collez un lien d&apos;Asana</translation>
    </message>
    <message>
        <source>Search, or paste a link</source>
        <translation>Rechercher, ou coller un lien</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Load More Projects</source>
        <translation>Charger plus de projets</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Nothing is followed yet. Find a project above and choose Follow.</source>
        <translation>Vous ne suivez rien pour l&apos;instant. Trouvez un projet ci-dessus et choisissez «&#xa0;Suivre&#xa0;».</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Sourdine</translation>
    </message>
    <message>
        <source>Muted: its events stay in the feed, without notifications</source>
        <translation>En sourdine&#xa0;: ses événements restent dans le fil, sans notification</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>The subscription could not be removed: %1</source>
        <translation>L&apos;abonnement n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped following %1; its events were removed.</source>
        <translation>Vous ne suivez plus %1&#xa0;; ses événements ont été supprimés.</translation>
    </message>
    <message>
        <source>Stopped following %1; its events stay in the feed.</source>
        <translation>Vous ne suivez plus %1&#xa0;; ses événements restent dans le fil.</translation>
    </message>
    <message>
        <source>Nothing in this workspace matches “%1”.</source>
        <translation>Rien dans cet espace de travail ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This workspace has no projects you can see.</source>
        <translation>Cet espace de travail n&apos;a aucun projet visible pour vous.</translation>
    </message>
    <message>
        <source>You already follow it.</source>
        <translation>Vous le suivez déjà.</translation>
    </message>
    <message>
        <source>Found it: choose Follow to see its events.</source>
        <translation>Trouvé&#xa0;: choisissez «&#xa0;Suivre&#xa0;» pour voir ses événements.</translation>
    </message>
    <message>
        <source>This account has no workspace to search.</source>
        <translation>Ce compte n&apos;a aucun espace de travail où chercher.</translation>
    </message>
    <message>
        <source>Looking up the link…</source>
        <translation>Recherche du lien…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>All of %1</source>
        <translation>Tout l&apos;espace de travail %1</translation>
    </message>
    <message>
        <source>Every event in the workspace. Asana gives these to service accounts of Enterprise+ domains only; for anyone else it is refused.</source>
        <translation>Tous les événements de l&apos;espace de travail. Asana ne les fournit qu&apos;aux comptes de service des domaines Enterprise+&#xa0;; pour tous les autres, c&apos;est refusé.</translation>
    </message>
    <message>
        <source>%1 · following</source>
        <translation>%1 · suivi</translation>
    </message>
    <message>
        <source>The subscription could not be saved: %1</source>
        <translation>L&apos;abonnement n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Following %1. Its new events appear in the feed as they happen.</source>
        <translation>Vous suivez %1. Ses nouveaux événements apparaîtront dans le fil en temps réel.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Stop Following</source>
        <translation>Ne plus suivre</translation>
    </message>
    <message>
        <source>Stop following %1?</source>
        <translation>Ne plus suivre %1&#xa0;?</translation>
    </message>
    <message>
        <source>The events of it already in the feed can stay there, or be removed with it.</source>
        <translation>Ses événements déjà présents dans le fil peuvent y rester, ou être supprimés avec l&apos;abonnement.</translation>
    </message>
    <message>
        <source>Keep Its Events</source>
        <translation>Garder ses événements</translation>
    </message>
    <message>
        <source>Remove Its Events</source>
        <translation>Supprimer ses événements</translation>
    </message>
</context>
<context>
    <name>AsanaFeed::TrayController</name>
    <message>
        <source>Open Feed</source>
        <translation>Ouvrir le fil</translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>Pause Notifications</source>
        <translation>Suspendre les notifications</translation>
    </message>
    <message>
        <source>For an Hour</source>
        <translation>Pendant une heure</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>Until I Resume</source>
        <translation>Jusqu&apos;à ce que je les reprenne</translation>
    </message>
    <message>
        <source>Resume Notifications</source>
        <translation>Reprendre les notifications</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Sign Out…</source>
        <translation>Se déconnecter…</translation>
    </message>
    <message>
        <source>Quit Asana Feed</source>
        <translation>Quitter Asana Feed</translation>
    </message>
    <message>
        <source>Resume Notifications (Paused)</source>
        <translation>Reprendre les notifications (en pause)</translation>
    </message>
    <message>
        <source>Resume Notifications (Paused until %1)</source>
        <translation>Reprendre les notifications (en pause jusqu&apos;à %1)</translation>
    </message>
    <message>
        <source>Asana Feed</source>
        <translation>Asana Feed</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>All caught up</source>
        <translation>Vous êtes à jour</translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation>Notifications en pause</translation>
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
        <translation>Ouvrir le fil</translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Autres commandes</translation>
    </message>
    <message>
        <source>Pause notifications, settings, sign out, quit</source>
        <translation>Suspendre les notifications, paramètres, déconnexion, quitter</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>All caught up</source>
        <translation>Vous êtes à jour</translation>
    </message>
    <message>
        <source>Nothing yet: new activity shows up here.</source>
        <translation>Rien pour l&apos;instant&#xa0;: la nouvelle activité s&apos;affichera ici.</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Rien de nouveau.</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Marquer comme non lu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Traité</translation>
    </message>
    <message>
        <source>Mark as done: it leaves the feed&apos;s default view</source>
        <translation>Marquer comme traité&#xa0;: l&apos;événement quitte la vue par défaut du fil</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marquer comme traité</translation>
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
        <translation>un gid ou un lien Asana est nécessaire</translation>
    </message>
    <message>
        <source>%1 is not an Asana gid: gids have at most %2 digits</source>
        <translation>%1 n&apos;est pas un gid Asana&#xa0;: un gid a au plus %2 chiffres</translation>
    </message>
    <message>
        <source>%1 is an Asana page that names no project, task, goal or portfolio to follow</source>
        <translation>%1 est une page Asana qui ne désigne aucun projet, tâche, objectif ou portefeuille à suivre</translation>
    </message>
    <message>
        <source>%1 is an Asana link of a form this version does not read; give the gid of the project, task or goal instead</source>
        <translation>%1 est un lien Asana d&apos;une forme que cette version ne sait pas lire&#xa0;; indiquez plutôt le gid du projet, de la tâche ou de l&apos;objectif</translation>
    </message>
    <message>
        <source>%1 is neither an Asana gid nor a link to an Asana project, task, goal or portfolio</source>
        <translation>%1 n&apos;est ni un gid Asana ni un lien vers un projet, une tâche, un objectif ou un portefeuille Asana</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A live activity feed for Asana.

Headless follow mode streams events as JSON lines to stdout; the token is read from the ASANA_TOKEN environment variable, else the account signed in with --sign-in is used.</source>
        <translation>Un fil d&apos;activité en direct pour Asana.

Le mode de suivi sans interface diffuse les événements en lignes JSON sur la sortie standard&#xa0;; le jeton est lu dans la variable d&apos;environnement ASANA_TOKEN, sinon le compte connecté avec --sign-in est utilisé.</translation>
    </message>
    <message>
        <source>Stream the events of a task, project or goal, given by its GID or Asana link (repeatable).</source>
        <translation>Diffuser les événements d&apos;une tâche, d&apos;un projet ou d&apos;un objectif, désigné par son GID ou son lien Asana (répétable).</translation>
    </message>
    <message>
        <source>The Asana API base URL (default %1).</source>
        <translation>L&apos;URL de base de l&apos;API Asana (par défaut %1).</translation>
    </message>
    <message>
        <source>Seconds between polls when caught up (default 10).</source>
        <translation>Secondes entre deux interrogations une fois à jour (par défaut 10).</translation>
    </message>
    <message>
        <source>Send at most N requests a minute for the account (default 150, Asana&apos;s limit on free plans; up to 1500 on paid plans).</source>
        <translation>Envoyer au plus N requêtes par minute pour le compte (par défaut 150, la limite d&apos;Asana pour les forfaits gratuits&#xa0;; jusqu&apos;à 1500 pour les forfaits payants).</translation>
    </message>
    <message>
        <source>Keep the events and sync tokens in this database; a later run resumes from it and prints only events it had not stored before.</source>
        <translation>Conserver les événements et les jetons de synchronisation dans cette base de données&#xa0;; une exécution ultérieure reprend à partir d&apos;elle et n&apos;affiche que les événements qu&apos;elle n&apos;avait pas encore enregistrés.</translation>
    </message>
    <message>
        <source>Print every event and gap stored in --state FILE (oldest first) as JSON lines.</source>
        <translation>Afficher chaque événement et chaque lacune enregistrés dans --state FICHIER (les plus anciens d&apos;abord) en lignes JSON.</translation>
    </message>
    <message>
        <source>Open the window on a built-in simulated workspace (no account, nothing kept).</source>
        <translation>Ouvrir la fenêtre sur un espace de travail simulé intégré (aucun compte, rien n&apos;est conservé).</translation>
    </message>
    <message>
        <source>Show the events of a task or project in the window, given by its GID or Asana link (repeatable).</source>
        <translation>Afficher dans la fenêtre les événements d&apos;une tâche ou d&apos;un projet, désigné par son GID ou son lien Asana (répétable).</translation>
    </message>
    <message>
        <source>Sign in with Asana in the browser (OAuth) and keep the token in the OS keychain for --follow. The client id comes from ASANA_CLIENT_ID.</source>
        <translation>Se connecter avec Asana dans le navigateur (OAuth) et conserver le jeton dans le trousseau du système pour --follow. L&apos;identifiant client provient d&apos;ASANA_CLIENT_ID.</translation>
    </message>
    <message>
        <source>With --sign-in: read a personal access token from standard input instead.</source>
        <translation>Avec --sign-in&#xa0;: lire plutôt un jeton d&apos;accès personnel sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>With --sign-in: nothing listens for the browser&apos;s redirect; Asana shows a code to paste here (one line on standard input). For machines where the loopback redirect cannot be used.</source>
        <translation>Avec --sign-in&#xa0;: rien n&apos;écoute la redirection du navigateur&#xa0;; Asana affiche un code à coller ici (une ligne sur l&apos;entrée standard). Pour les machines où la redirection locale ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>Start in the system tray, without opening the window (where the desktop has a tray; elsewhere the window opens).</source>
        <translation>Démarrer dans la zone de notification, sans ouvrir la fenêtre (si le bureau en a une&#xa0;; sinon la fenêtre s&apos;ouvre).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url&#xa0;: %1</translation>
    </message>
    <message>
        <source>--interval: &quot;%1&quot; is not a number of seconds from 0.05 to 86400</source>
        <translation>--interval&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes entre 0.05 et 86400</translation>
    </message>
    <message>
        <source>--budget: &quot;%1&quot; is not a number of requests from 1 to 1500</source>
        <translation>--budget&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre de requêtes entre 1 et 1500</translation>
    </message>
    <message>
        <source>--token-stdin needs --sign-in</source>
        <translation>--token-stdin nécessite --sign-in</translation>
    </message>
    <message>
        <source>--out-of-band needs --sign-in</source>
        <translation>--out-of-band nécessite --sign-in</translation>
    </message>
    <message>
        <source>--out-of-band is for OAuth and cannot be combined with --token-stdin</source>
        <translation>--out-of-band est réservé à OAuth et ne peut pas être combiné avec --token-stdin</translation>
    </message>
    <message>
        <source>--sign-in can only be combined with --base-url, --token-stdin and --out-of-band</source>
        <translation>--sign-in ne peut être combiné qu&apos;avec --base-url, --token-stdin et --out-of-band</translation>
    </message>
    <message>
        <source>--minimized is for the window, not for --follow or --export</source>
        <translation>--minimized concerne la fenêtre, pas --follow ni --export</translation>
    </message>
    <message>
        <source>--state: a file name is needed</source>
        <translation>--state&#xa0;: un nom de fichier est nécessaire</translation>
    </message>
    <message>
        <source>--export needs --state FILE</source>
        <translation>--export nécessite --state FICHIER</translation>
    </message>
    <message>
        <source>--export and --follow cannot be combined</source>
        <translation>--export et --follow ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>--demo cannot be combined with --follow, --subscribe or --state</source>
        <translation>--demo ne peut pas être combiné avec --follow, --subscribe ou --state</translation>
    </message>
</context>
<context>
    <name>EventFormatter</name>
    <message>
        <source>%2 was completed</source>
        <translation>Terminé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 completed %2</source>
        <translation>%1 a terminé %2</translation>
    </message>
    <message>
        <source>%2 was reopened</source>
        <translation>Rouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 reopened %2</source>
        <translation>%1 a rouvert %2</translation>
    </message>
    <message>
        <source>%2 was marked complete</source>
        <translation>Marqué comme terminé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 marked %2 complete</source>
        <translation>%1 a marqué %2 comme terminé</translation>
    </message>
    <message>
        <source>%2 was assigned to %3</source>
        <translation>Assigné à %3&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 assigned %2 to %3</source>
        <translation>%1 a assigné %2 à %3</translation>
    </message>
    <message>
        <source>You assigned %2 to yourself</source>
        <translation>Vous vous êtes assigné %2</translation>
    </message>
    <message>
        <source>%1 assigned %2 to themselves</source>
        <translation>%1 s&apos;est assigné %2</translation>
    </message>
    <message>
        <source>%2 was assigned</source>
        <translation>Assigné&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 assigned %2</source>
        <translation>%1 a assigné %2</translation>
    </message>
    <message>
        <source>%2 was unassigned</source>
        <translation>Responsable retiré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 unassigned %2</source>
        <translation>%1 a retiré le responsable de %2</translation>
    </message>
    <message>
        <source>The due date of %2 was changed</source>
        <translation>Échéance modifiée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed the due date of %2</source>
        <translation>%1 a modifié la date d&apos;échéance de %2</translation>
    </message>
    <message>
        <source>The due date of %2 was changed to %4</source>
        <extracomment>%4 is a date as Asana wrote it (Dec 3)</extracomment>
        <translation>Échéance fixée au %4&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed the due date of %2 to %4</source>
        <translation>%1 a fixé la date d&apos;échéance de %2 au %4</translation>
    </message>
    <message>
        <source>The due date of %2 was changed from %6 to %4</source>
        <extracomment>%6 is the old date, %4 the new one, as Asana wrote them (Dec 1, Dec 3)</extracomment>
        <translation>Échéance changée du %6 au %4&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed the due date of %2 from %6 to %4</source>
        <translation>%1 a changé la date d&apos;échéance de %2 du %6 au %4</translation>
    </message>
    <message>
        <source>The due date of %2 was removed</source>
        <translation>Échéance supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 removed the due date of %2</source>
        <translation>%1 a supprimé la date d&apos;échéance de %2</translation>
    </message>
    <message>
        <source>The start date of %2 was changed</source>
        <translation>Date de début modifiée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed the start date of %2</source>
        <translation>%1 a modifié la date de début de %2</translation>
    </message>
    <message>
        <source>The start date of %2 was changed to %4</source>
        <translation>Date de début fixée au %4&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed the start date of %2 to %4</source>
        <translation>%1 a fixé la date de début de %2 au %4</translation>
    </message>
    <message>
        <source>The start date of %2 was changed from %6 to %4</source>
        <translation>Date de début changée du %6 au %4&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed the start date of %2 from %6 to %4</source>
        <translation>%1 a changé la date de début de %2 du %6 au %4</translation>
    </message>
    <message>
        <source>The start date of %2 was removed</source>
        <translation>Date de début supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 removed the start date of %2</source>
        <translation>%1 a supprimé la date de début de %2</translation>
    </message>
    <message>
        <source>%2 was renamed</source>
        <translation>Renommé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 renamed %2</source>
        <translation>%1 a renommé %2</translation>
    </message>
    <message>
        <source>The description of %2 was edited</source>
        <translation>Description modifiée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 edited the description of %2</source>
        <translation>%1 a modifié la description de %2</translation>
    </message>
    <message>
        <source>%3 was added as a collaborator on %2</source>
        <translation>Collaborateur ajouté à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 added %3 as a collaborator on %2</source>
        <translation>%1 a ajouté %3 aux collaborateurs de %2</translation>
    </message>
    <message>
        <source>You added yourself as a collaborator on %2</source>
        <translation>Vous vous êtes ajouté aux collaborateurs de %2</translation>
    </message>
    <message>
        <source>%1 added themselves as a collaborator on %2</source>
        <translation>%1 s&apos;est ajouté aux collaborateurs de %2</translation>
    </message>
    <message>
        <source>You were added as a collaborator on %2</source>
        <translation>Vous avez été ajouté aux collaborateurs de %2</translation>
    </message>
    <message>
        <source>A collaborator was added to %2</source>
        <translation>Collaborateur ajouté&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 added a collaborator to %2</source>
        <translation>%1 a ajouté un collaborateur à %2</translation>
    </message>
    <message>
        <source>%3 was removed as a collaborator on %2</source>
        <translation>Collaborateur retiré de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 removed %3 as a collaborator on %2</source>
        <translation>%1 a retiré %3 des collaborateurs de %2</translation>
    </message>
    <message>
        <source>You removed yourself as a collaborator on %2</source>
        <translation>Vous vous êtes retiré des collaborateurs de %2</translation>
    </message>
    <message>
        <source>%1 removed themselves as a collaborator on %2</source>
        <translation>%1 s&apos;est retiré des collaborateurs de %2</translation>
    </message>
    <message>
        <source>You were removed as a collaborator on %2</source>
        <translation>Vous avez été retiré des collaborateurs de %2</translation>
    </message>
    <message>
        <source>A collaborator was removed from %2</source>
        <translation>Collaborateur retiré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 removed a collaborator from %2</source>
        <translation>%1 a retiré un collaborateur de %2</translation>
    </message>
    <message>
        <source>%3 was set to %4 on %2</source>
        <extracomment>%3 is a custom field (Priority), %4 its new value (High)</extracomment>
        <translation>%3 défini sur %4&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 set %3 to %4 on %2</source>
        <translation>%1 a défini %3 sur %4 pour %2</translation>
    </message>
    <message>
        <source>%3 was changed from %6 to %4 on %2</source>
        <extracomment>%3 is a custom field (Priority), %6 its old value (Low), %4 its new value (High)</extracomment>
        <translation>%3 changé de %6 en %4&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed %3 from %6 to %4 on %2</source>
        <translation>%1 a changé %3 de %6 en %4 pour %2</translation>
    </message>
    <message>
        <source>%3 was changed on %2</source>
        <translation>%3 modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed %3 on %2</source>
        <translation>%1 a modifié %3 pour %2</translation>
    </message>
    <message>
        <source>A field was changed on %2</source>
        <translation>Champ modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed a field on %2</source>
        <translation>%1 a modifié un champ de %2</translation>
    </message>
    <message>
        <source>%2 was updated</source>
        <translation>Mis à jour&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 updated %2</source>
        <translation>%1 a mis à jour %2</translation>
    </message>
    <message>
        <source>%2 was created</source>
        <translation>Créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 created %2</source>
        <translation>%1 a créé %2</translation>
    </message>
    <message>
        <source>%2 was added to %3</source>
        <translation>Ajouté à %3&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 added %2 to %3</source>
        <translation>%1 a ajouté %2 à %3</translation>
    </message>
    <message>
        <source>%2 was removed</source>
        <translation>Retiré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <translation>%1 a retiré %2</translation>
    </message>
    <message>
        <source>%2 was removed from %3</source>
        <translation>Retiré de %3&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 removed %2 from %3</source>
        <translation>%1 a retiré %2 de %3</translation>
    </message>
    <message>
        <source>%2 was moved</source>
        <translation>Déplacé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 moved %2</source>
        <translation>%1 a déplacé %2</translation>
    </message>
    <message>
        <source>%2 was moved to %3</source>
        <extracomment>%3 is a section of a project (Done)</extracomment>
        <translation>Déplacé vers %3&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 moved %2 to %3</source>
        <translation>%1 a déplacé %2 vers %3</translation>
    </message>
    <message>
        <source>%2 was deleted</source>
        <translation>Supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation>%1 a supprimé %2</translation>
    </message>
    <message>
        <source>%2 was restored</source>
        <translation>Restauré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 restored %2</source>
        <translation>%1 a restauré %2</translation>
    </message>
    <message>
        <source>A comment was added to %2</source>
        <translation>Nouveau commentaire&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 commented on %2</source>
        <translation>%1 a commenté %2</translation>
    </message>
    <message>
        <source>A comment on %2 was edited</source>
        <translation>Commentaire modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 edited a comment on %2</source>
        <translation>%1 a modifié un commentaire sur %2</translation>
    </message>
    <message>
        <source>A comment on %2 was deleted</source>
        <translation>Commentaire supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 deleted a comment on %2</source>
        <translation>%1 a supprimé un commentaire sur %2</translation>
    </message>
    <message>
        <source>A comment on %2 was restored</source>
        <translation>Commentaire restauré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 restored a comment on %2</source>
        <translation>%1 a restauré un commentaire sur %2</translation>
    </message>
    <message>
        <source>A file was attached to %2</source>
        <translation>Fichier joint&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 attached a file to %2</source>
        <translation>%1 a joint un fichier à %2</translation>
    </message>
    <message>
        <source>%2 was liked</source>
        <translation>Aimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 liked %2</source>
        <translation>%1 a aimé %2</translation>
    </message>
    <message>
        <source>The section %2 was created</source>
        <translation>Section créée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 created the section %2</source>
        <translation>%1 a créé la section %2</translation>
    </message>
    <message>
        <source>The section %2 was created in %3</source>
        <translation>Section créée dans %3&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 created the section %2 in %3</source>
        <translation>%1 a créé la section %2 dans %3</translation>
    </message>
    <message>
        <source>The section %2 was renamed</source>
        <translation>Section renommée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 renamed the section %2</source>
        <translation>%1 a renommé la section %2</translation>
    </message>
    <message>
        <source>The section %2 was updated</source>
        <translation>Section mise à jour&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 updated the section %2</source>
        <translation>%1 a mis à jour la section %2</translation>
    </message>
    <message>
        <source>The section %2 was deleted</source>
        <translation>Section supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 deleted the section %2</source>
        <translation>%1 a supprimé la section %2</translation>
    </message>
    <message>
        <source>The section %2 was restored</source>
        <translation>Section restaurée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 restored the section %2</source>
        <translation>%1 a restauré la section %2</translation>
    </message>
    <message>
        <source>%2 was %5</source>
        <extracomment>%5 is an action word sent by Asana that this version does not know, as sent (levitated)</extracomment>
        <translation>%5&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %5 %2</source>
        <translation>%5 par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>une tâche</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>un commentaire</translation>
    </message>
    <message>
        <source>a project</source>
        <translation>un projet</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>une section</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>un élément</translation>
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
        <translation>hier %1</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>date format</comment>
        <extracomment>A moment of an earlier year, as a QDateTime format (d day, MMM short month name)</extracomment>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>The signed-in person as the one who did it: %1 in the sentences marked &quot;by you&quot; (which may say the pronoun themselves and leave %1 out)</extracomment>
        <translation>Vous</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Some events may be missing</source>
        <translation>Il manque peut-être des événements</translation>
    </message>
    <message>
        <source>%1: some events may be missing</source>
        <translation>%1&#xa0;: il manque peut-être des événements</translation>
    </message>
    <message>
        <source>Events before %1 may be missing</source>
        <translation>Il manque peut-être des événements avant %1</translation>
    </message>
    <message>
        <source>%2: events before %1 may be missing</source>
        <translation>%2&#xa0;: il manque peut-être des événements avant %1</translation>
    </message>
    <message>
        <source>Events between %1 and %2 may be missing</source>
        <translation>Il manque peut-être des événements entre %1 et %2</translation>
    </message>
    <message>
        <source>%3: events between %1 and %2 may be missing</source>
        <translation>%3&#xa0;: il manque peut-être des événements entre %1 et %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
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
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
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
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assignés</translation>
    </message>
    <message>
        <source>Due dates</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacés</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renommés</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>Collaborateurs</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format</comment>
        <extracomment>A day of a month without the year, as a QDate format (d day, MMM short month name)</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>%1 completed %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez terminé %2</translation>
    </message>
    <message>
        <source>%1 reopened %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez rouvert %2</translation>
    </message>
    <message>
        <source>%1 marked %2 complete</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez marqué %2 comme terminé</translation>
    </message>
    <message>
        <source>%1 assigned %2 to %3</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez assigné %2 à %3</translation>
    </message>
    <message>
        <source>%2 was assigned to %3</source>
        <comment>to you: %3 is &quot;you&quot;</comment>
        <translation>%2 vous a été assigné</translation>
    </message>
    <message>
        <source>%1 assigned %2 to %3</source>
        <comment>to you: %3 is &quot;you&quot;</comment>
        <translation>%1 vous a assigné %2</translation>
    </message>
    <message>
        <source>%1 assigned %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez assigné %2</translation>
    </message>
    <message>
        <source>%1 unassigned %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez retiré le responsable de %2</translation>
    </message>
    <message>
        <source>%1 changed the due date of %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez modifié la date d&apos;échéance de %2</translation>
    </message>
    <message>
        <source>%1 changed the due date of %2 to %4</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez fixé la date d&apos;échéance de %2 au %4</translation>
    </message>
    <message>
        <source>%1 changed the due date of %2 from %6 to %4</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez changé la date d&apos;échéance de %2 du %6 au %4</translation>
    </message>
    <message>
        <source>%1 removed the due date of %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez supprimé la date d&apos;échéance de %2</translation>
    </message>
    <message>
        <source>%1 changed the start date of %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez modifié la date de début de %2</translation>
    </message>
    <message>
        <source>%1 changed the start date of %2 to %4</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez fixé la date de début de %2 au %4</translation>
    </message>
    <message>
        <source>%1 changed the start date of %2 from %6 to %4</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez changé la date de début de %2 du %6 au %4</translation>
    </message>
    <message>
        <source>%1 removed the start date of %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez supprimé la date de début de %2</translation>
    </message>
    <message>
        <source>%1 renamed %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez renommé %2</translation>
    </message>
    <message>
        <source>%1 edited the description of %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez modifié la description de %2</translation>
    </message>
    <message>
        <source>%1 added %3 as a collaborator on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez ajouté %3 aux collaborateurs de %2</translation>
    </message>
    <message>
        <source>%1 added %3 as a collaborator on %2</source>
        <comment>to you: %3 is &quot;you&quot;</comment>
        <translation>%1 vous a ajouté aux collaborateurs de %2</translation>
    </message>
    <message>
        <source>%1 added a collaborator to %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez ajouté un collaborateur à %2</translation>
    </message>
    <message>
        <source>%1 removed %3 as a collaborator on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez retiré %3 des collaborateurs de %2</translation>
    </message>
    <message>
        <source>%1 removed %3 as a collaborator on %2</source>
        <comment>to you: %3 is &quot;you&quot;</comment>
        <translation>%1 vous a retiré des collaborateurs de %2</translation>
    </message>
    <message>
        <source>%1 removed a collaborator from %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez retiré un collaborateur de %2</translation>
    </message>
    <message>
        <source>%1 set %3 to %4 on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez défini %3 sur %4 pour %2</translation>
    </message>
    <message>
        <source>%1 changed %3 from %6 to %4 on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez changé %3 de %6 en %4 pour %2</translation>
    </message>
    <message>
        <source>%1 changed %3 on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez modifié %3 pour %2</translation>
    </message>
    <message>
        <source>%1 changed a field on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez modifié un champ de %2</translation>
    </message>
    <message>
        <source>%1 updated %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez mis à jour %2</translation>
    </message>
    <message>
        <source>%1 created %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez créé %2</translation>
    </message>
    <message>
        <source>%1 added %2 to %3</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez ajouté %2 à %3</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez retiré %2</translation>
    </message>
    <message>
        <source>%1 removed %2 from %3</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez retiré %2 de %3</translation>
    </message>
    <message>
        <source>%1 moved %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez déplacé %2</translation>
    </message>
    <message>
        <source>%1 moved %2 to %3</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez déplacé %2 vers %3</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez supprimé %2</translation>
    </message>
    <message>
        <source>%1 restored %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez restauré %2</translation>
    </message>
    <message>
        <source>%1 commented on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez commenté %2</translation>
    </message>
    <message>
        <source>%1 edited a comment on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez modifié un commentaire sur %2</translation>
    </message>
    <message>
        <source>%1 deleted a comment on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez supprimé un commentaire sur %2</translation>
    </message>
    <message>
        <source>%1 restored a comment on %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez restauré un commentaire sur %2</translation>
    </message>
    <message>
        <source>%1 attached a file to %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez joint un fichier à %2</translation>
    </message>
    <message>
        <source>%1 liked %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez aimé %2</translation>
    </message>
    <message>
        <source>%1 created the section %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez créé la section %2</translation>
    </message>
    <message>
        <source>%1 created the section %2 in %3</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez créé la section %2 dans %3</translation>
    </message>
    <message>
        <source>%1 renamed the section %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez renommé la section %2</translation>
    </message>
    <message>
        <source>%1 updated the section %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez mis à jour la section %2</translation>
    </message>
    <message>
        <source>%1 deleted the section %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez supprimé la section %2</translation>
    </message>
    <message>
        <source>%1 restored the section %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>Vous avez restauré la section %2</translation>
    </message>
    <message>
        <source>%1 %5 %2</source>
        <comment>by you: %1 is &quot;You&quot;</comment>
        <translation>%5 par vous&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FeedHealth</name>
    <message>
        <source>A followed item</source>
        <translation>Un élément suivi</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>synchronisation</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>backing off until %1</source>
        <translation>en attente jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>backing off</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>rate-limited until %1</source>
        <translation>débit limité jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>rate-limited</source>
        <translation>débit limité</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>sign-in needed: the token was refused</source>
        <translation>connexion requise&#xa0;: le jeton a été refusé</translation>
    </message>
    <message>
        <source>Asana does not know it (it may have been deleted, or this account cannot see it)</source>
        <translation>Asana ne le connaît pas (il a peut-être été supprimé, ou ce compte ne peut pas le voir)</translation>
    </message>
    <message>
        <source>this account has no access to it</source>
        <translation>ce compte n&apos;y a pas accès</translation>
    </message>
    <message>
        <source>it needs a paid Asana plan</source>
        <translation>il nécessite un forfait Asana payant</translation>
    </message>
    <message>
        <source>Asana asked for fewer requests</source>
        <translation>Asana a demandé moins de requêtes</translation>
    </message>
    <message>
        <source>Asana had a problem on its side</source>
        <translation>Asana a rencontré un problème de son côté</translation>
    </message>
    <message>
        <source>Asana did not accept the request</source>
        <translation>Asana n&apos;a pas accepté la requête</translation>
    </message>
    <message>
        <source>Asana did not answer in time</source>
        <translation>Asana n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>Asana cannot be reached</source>
        <translation>Asana est injoignable</translation>
    </message>
    <message>
        <source>the secure connection to Asana could not be made</source>
        <translation>la connexion sécurisée à Asana n&apos;a pas pu être établie</translation>
    </message>
    <message>
        <source>Asana&apos;s answer was too large to read</source>
        <translation>la réponse d&apos;Asana était trop volumineuse pour être lue</translation>
    </message>
    <message>
        <source>Asana&apos;s answer could not be understood</source>
        <translation>la réponse d&apos;Asana n&apos;a pas pu être comprise</translation>
    </message>
    <message>
        <source>the address is not a secure (https) one</source>
        <translation>l&apos;adresse n&apos;est pas sécurisée (https)</translation>
    </message>
    <message>
        <source>the history on this computer cannot be written</source>
        <translation>l&apos;historique ne peut pas être écrit sur cet ordinateur</translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation>une erreur s&apos;est produite</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>pas d&apos;accès</translation>
    </message>
    <message>
        <source>needs a paid plan</source>
        <translation>forfait payant requis</translation>
    </message>
    <message>
        <source>refused by Asana</source>
        <translation>refusé par Asana</translation>
    </message>
    <message>
        <source>insecure address</source>
        <translation>adresse non sécurisée</translation>
    </message>
    <message>
        <source>Not following anything</source>
        <translation>Aucun élément suivi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n followed items live</source>
        <translation>
            <numerusform>%n élément suivi, en direct</numerusform>
            <numerusform>%n éléments suivis, tous en direct</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n live</source>
        <translation>
            <numerusform>%1 sur %n en direct</numerusform>
            <numerusform>%1 sur %n en direct</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and one other</source>
        <translation>%1 et un autre</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Asana refused it</source>
        <translation>Asana l&apos;a refusé</translation>
    </message>
    <message>
        <source>%1 cannot be followed: %2.</source>
        <translation>%1 ne peut pas être suivi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be followed: %2. Asana says: “%3”</source>
        <translation>%1 ne peut pas être suivi&#xa0;: %2. Réponse d&apos;Asana&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Offline: Asana cannot be reached from this computer. The feed tries again at %1.</source>
        <translation>Hors ligne&#xa0;: Asana est injoignable depuis cet ordinateur. Nouvel essai à %1.</translation>
    </message>
    <message>
        <source>Offline: Asana cannot be reached from this computer. The feed keeps trying.</source>
        <translation>Hors ligne&#xa0;: Asana est injoignable depuis cet ordinateur. Le fil continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>Asana asked for fewer requests from this account: the feed waits until %1.</source>
        <translation>Asana a demandé moins de requêtes pour ce compte&#xa0;: le fil attend jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Asana asked for fewer requests from this account: the feed waits a moment.</source>
        <translation>Asana a demandé moins de requêtes pour ce compte&#xa0;: le fil patiente un instant.</translation>
    </message>
    <message>
        <source>a request failed</source>
        <translation>une requête a échoué</translation>
    </message>
    <message>
        <source>%1: %2. The feed tries again at %3.</source>
        <translation>%1&#xa0;: %2. Nouvel essai à %3.</translation>
    </message>
    <message>
        <source>%1: %2. The feed tries again shortly.</source>
        <translation>%1&#xa0;: %2. Nouvel essai sous peu.</translation>
    </message>
</context>
<context>
    <name>NotificationBatcher</name>
    <message numerus="yes">
        <source>%n new events</source>
        <translation>
            <numerusform>%n nouvel événement</numerusform>
            <numerusform>%n nouveaux événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new events in %1</source>
        <translation>
            <numerusform>%n nouvel événement dans %1</numerusform>
            <numerusform>%n nouveaux événements dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationRules</name>
    <message>
        <source>assigned you %1</source>
        <translation>vous a assigné %1</translation>
    </message>
    <message>
        <source>mentioned you on %1</source>
        <translation>vous a mentionné sur %1</translation>
    </message>
    <message>
        <source>mentioned you in %1</source>
        <translation>vous a mentionné dans %1</translation>
    </message>
    <message>
        <source>added you as a collaborator on %1</source>
        <translation>vous a ajouté comme collaborateur de %1</translation>
    </message>
    <message>
        <source>on %1, assigned to you</source>
        <translation>sur la tâche %1, dont vous êtes responsable</translation>
    </message>
    <message>
        <source>on %1, which you created</source>
        <translation>sur la tâche %1, que vous avez créée</translation>
    </message>
    <message>
        <source>on %1, which you follow</source>
        <translation>sur la tâche %1, que vous suivez</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot use the state file: %1</source>
        <translation>impossible d&apos;utiliser le fichier d&apos;état&#xa0;: %1</translation>
    </message>
    <message>
        <source>no such state file: %1</source>
        <translation>fichier d&apos;état introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot export the state file: %1</source>
        <translation>impossible d&apos;exporter le fichier d&apos;état&#xa0;: %1</translation>
    </message>
    <message>
        <source>the export could not be written</source>
        <translation>l&apos;export n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>cannot run ASANAFEED_SIGNIN_BROWSER (%1)</source>
        <translation>impossible d&apos;exécuter ASANAFEED_SIGNIN_BROWSER (%1)</translation>
    </message>
    <message>
        <source>cannot read the token from the keychain: %1</source>
        <translation>impossible de lire le jeton dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>the signed-in account&apos;s credentials were issued by %1 and are not sent to %2; sign in there with asana-feed --sign-in --base-url, or set ASANA_TOKEN</source>
        <translation>les identifiants du compte connecté ont été délivrés par %1 et ne sont pas envoyés à %2&#xa0;; connectez-vous à ce serveur avec asana-feed --sign-in --base-url, ou définissez ASANA_TOKEN</translation>
    </message>
    <message>
        <source>no OAuth client id (ASANA_CLIENT_ID): the sign-in cannot be renewed, so following stops when its access token expires</source>
        <translation>aucun identifiant client OAuth (ASANA_CLIENT_ID)&#xa0;: la connexion ne peut pas être renouvelée, le suivi s&apos;arrêtera donc à l&apos;expiration de son jeton d&apos;accès</translation>
    </message>
    <message>
        <source>no token: run asana-feed --sign-in, or set the ASANA_TOKEN environment variable</source>
        <translation>aucun jeton&#xa0;: lancez asana-feed --sign-in, ou définissez la variable d&apos;environnement ASANA_TOKEN</translation>
    </message>
    <message>
        <source>cannot start again; start Asana Feed yourself</source>
        <translation>impossible de redémarrer&#xa0;; lancez Asana Feed vous-même</translation>
    </message>
    <message>
        <source>Try &apos;asana-feed --help&apos; for more information.</source>
        <translation>Essayez «&#xa0;asana-feed --help&#xa0;» pour plus d&apos;informations.</translation>
    </message>
    <message>
        <source>cannot load the window library (%1): the installation is incomplete; reinstall Asana Feed</source>
        <translation>impossible de charger la bibliothèque de la fenêtre (%1)&#xa0;: l&apos;installation est incomplète&#xa0;; réinstallez Asana Feed</translation>
    </message>
</context>
</TS>
