# Rescue Console — français. Traduit avec soin à partir de en.ftl ; les corrections d'une
# entreprise vont dans ce fichier (voir docs/features.md). Le tableau de bord remplit les { $… }.

-rescue = Rescue
-product = Rescue Console

## Durées et heures

duration-seconds-spoken = { $s ->
        [one] { $s } seconde
       *[other] { $s } secondes
    }
duration-minutes-spoken = { $m ->
        [one] { $m } minute
       *[other] { $m } minutes
    }
duration-s = { $s } s
duration-min = { $m } min
duration-min-s = { $m } min { $s } s
duration-h-min = { $h } h { $m } min
utc-time = { $time } UTC
date-time = { $day }/{ $month }/{ $year } { $time }
latency = { $ms } ms

## Décomptes

row-count = { $total ->
        [one] { $total } ligne.
       *[other] { $total } lignes.
    }
row-count-narrowed = { $shown } lignes sur { $total } correspondent.
history-count = { $count ->
        [0] Aucune action enregistrée ne correspond.
        [one] { $count } action, la plus récente d'abord.
       *[other] { $count } actions sur cette page, les plus récentes d'abord.
    }
chart-others = Autres ({ $count })
chart-summary = { $total } actions { $what ->
        [over-time] dans le temps
        [by-admin] par administrateur
       *[by-technician] par technicien
    }, { $groups } { $noun ->
        [month] mois
        [day] { $groups ->
            [one] jour
           *[other] jours
        }
        [admin] { $groups ->
            [one] administrateur
           *[other] administrateurs
        }
       *[technician] { $groups ->
            [one] technicien
           *[other] techniciens
        }
    } : { $parts }.
malformed-rows = { $count } ligne(s) de { -rescue } n'ont pas pu être lues et ne sont pas affichées.

## Actions sur les sessions

action-label = { $action ->
        [cancel] Annuler l'action
        [hold] Mettre en attente
        [close] Fermer
        [transfer] Transférer
       *[start] Démarrer
    }
action-question = { $action ->
        [cancel] Annuler l'action sur cette session ?
        [hold] Mettre cette session en attente ?
        [close] Fermer cette session ?
        [transfer] Transférer cette session ?
       *[start] Démarrer cette session ?
    }
action-explanation = { $action ->
        [cancel] { -rescue } abandonnera l'action que vous avez demandée sur cette session (mise en attente, fermeture, transfert ou démarrage) avant que la console du technicien ne l'exécute.
        [hold] La console du technicien mettra la session en attente. D'ici là, Annuler l'action retire la demande.
        [close] La console du technicien mettra fin à la session pour le client. D'ici là, Annuler l'action retire la demande.
        [transfer] La session passe au technicien ou au canal que vous choisissez, avec votre commentaire. Tant que la console ne l'a pas exécuté, Annuler l'action le retire.
       *[start] Le technicien que vous choisissez prendra en charge cette session en attente. Tant que sa console ne l'a pas fait, Annuler l'action retire la demande.
    }
action-busy = { $action ->
        [cancel] Annulation…
        [hold] Mise en attente…
        [close] Fermeture…
        [transfer] Transfert…
       *[start] Démarrage…
    }
pending = { $action ->
        [cancel] Annulation demandée
        [hold] Mise en attente demandée
        [close] Fermeture demandée
        [transfer] Transfert demandé
       *[start] Démarrage demandé
    } à { $at }, en attente
pending-uncertain = { $action ->
        [cancel] Annulation demandée
        [hold] Mise en attente demandée
        [close] Fermeture demandée
        [transfer] Transfert demandé
       *[start] Démarrage demandé
    } à { $at }, résultat inconnu : vérifiez la session dans { -rescue }
outcome-note-attempted = Envoyé à { -rescue } ; sa réponse n'est pas encore arrivée.
outcome-note-unknown = Résultat inconnu : le serveur s'est arrêté pendant l'appel. Vérifiez la session dans { -rescue }.
the-technician = le technicien
action-noun = { $action ->
        [cancel] annulation
        [hold] mise en attente
        [close] fermeture
        [transfer] transfert
       *[start] démarrage
    }

act-attempted = L'action ({ $noun }) sur la session { $session } a été envoyée à { -rescue }, dont la réponse n'est pas encore arrivée. Vérifiez l'état de la session dans un instant avant de réessayer.
act-unknown = Résultat inconnu : le serveur du tableau de bord s'est arrêté pendant l'action ({ $noun }) sur la session { $session }, donc personne ne sait si { -rescue } l'a exécutée. Vérifiez la session dans { -rescue } avant de réessayer.
act-ok = { $action ->
        [cancel] Annulé : l'action que vous avez demandée sur la session { $session } ne sera pas exécutée, et la session est revenue à son état précédent.
        [hold] Mise en attente demandée : la console de { $tech } mettra la session { $session } en attente sous peu. D'ici là, Annuler l'action la retire.
        [close] Fermeture demandée : la console de { $tech } mettra fin à la session { $session } sous peu. D'ici là, Annuler l'action la retire.
        [transfer] Transfert demandé : la session { $session } passera avec votre commentaire dès que la console l'exécutera. D'ici là, Annuler l'action le retire.
       *[start] Démarrage demandé : le technicien que vous avez choisi prendra en charge la session { $session } sous peu. D'ici là, Annuler l'action le retire.
    }
act-error = { -rescue } a signalé une erreur et n'a pas confirmé l'action ({ $noun }) sur la session { $session }. Vérifiez l'état de la session avant de réessayer.
act-not-admin = { $action ->
        [cancel] Votre compte { -rescue } n'est pas administrateur, il ne peut donc pas annuler d'actions. Demandez à un administrateur { -rescue } de le faire, ou connectez-vous avec un compte administrateur.
       *[other] Votre compte { -rescue } n'est pas administrateur, donc { -rescue } a refusé l'action ({ $noun }). Demandez à un administrateur { -rescue } de le faire, ou connectez-vous avec un compte administrateur.
    }
act-failed = { $action ->
        [cancel] { -rescue } n'a pas pu annuler sur la session { $session } : { $tech } est hors ligne ou sa Technician Console n'est pas lancée, ou aucune action de votre part n'y est en attente.
        [hold] { -rescue } n'a pas pu mettre la session { $session } en attente : elle est peut-être déjà en attente ou a une autre action en attente, ou la Technician Console de { $tech } n'est pas lancée.
        [close] { -rescue } n'a pas pu fermer la session { $session } : { $tech } est hors ligne ou sa Technician Console n'est pas lancée, ou une autre action y est en attente.
        [transfer] { -rescue } n'a pas pu transférer la session { $session } : { $tech } est hors ligne ou sa Technician Console n'est pas lancée, ou une autre action y est en attente.
       *[start] { -rescue } n'a pas pu démarrer la session { $session } : le technicien choisi est hors ligne ou sa Technician Console n'est pas lancée, ou la session n'est plus en attente.
    }
act-invalid-session = { -rescue } ne connaît pas la session { $session } : elle est peut-être terminée et supprimée. Actualisez la liste.
act-invalid-node = { $action ->
        [transfer] { -rescue } a refusé la cible du transfert : ce technicien ou ce canal n'existe pas dans votre compte (ou est de l'autre type). Choisissez-en un autre.
       *[other] { -rescue } ne connaît pas le technicien choisi, la session n'a donc pas été démarrée. Choisissez-en un autre.
    }
act-invalid-authcode = { -rescue } n'accepte plus votre jeton d'API ni votre authcode (un plus récent l'a peut-être remplacé). Déconnectez-vous puis reconnectez-vous.
act-user-gone = Votre utilisateur { -rescue } a été supprimé ou désactivé, donc { -rescue } a refusé l'action ({ $noun }). Adressez-vous à votre administrateur { -rescue }.
act-undocumented = { -rescue } a répondu { $code }, un motif que ce tableau de bord ne connaît pas. L'action ({ $noun }) sur la session { $session } n'a peut-être pas été effectuée : vérifiez son état.
act-no-answer = { $failure ->
        [timeout] { -rescue } n'a pas répondu à temps. L'action ({ $noun }) sur la session { $session } a pu avoir lieu ou non : vérifiez la session avant de réessayer.
        [unreachable] { -rescue } est injoignable depuis ce serveur pour le moment, donc { $action ->
            [cancel] rien n'a été annulé
           *[other] rien n'a été envoyé
        }. Réessayez plus tard.
        [rate-limited] { -rescue } demande moins de requêtes pour le moment (HTTP 429), donc { $action ->
            [cancel] rien n'a été annulé
           *[other] rien n'a été envoyé
        }. Attendez une minute, puis réessayez.
        [broken] La connexion à { -rescue } s'est interrompue pendant l'action ({ $noun }). Elle a pu avoir lieu ou non sur la session { $session } : vérifiez avant de réessayer.
        [too-large] La réponse de { -rescue } était trop volumineuse pour être lue, le tableau de bord ne sait donc pas si l'action ({ $noun }) sur la session { $session } a eu lieu : vérifiez la session.
       *[unreadable] La réponse de { -rescue } n'a pas pu être comprise. L'action ({ $noun }) sur la session { $session } a pu avoir lieu ou non : vérifiez la session.
    }
act-redirected = { -rescue } a répondu par une redirection (HTTP { $status }), que ce tableau de bord ne suit jamais, donc { $action ->
        [cancel] rien n'a été annulé
       *[other] rien n'a été envoyé
    }. Prévenez votre administrateur : l'adresse { -rescue } configurée est peut-être erronée.
act-http-status = { -rescue } rencontre des difficultés (HTTP { $status }). L'action ({ $noun }) sur la session { $session } n'a probablement pas été effectuée : vérifiez la session, puis réessayez.
interrupted = Un clic précédent sur ce bouton a été interrompu ; { -rescue } l'a peut-être reçu, ou non. Vérifiez l'état de la session avant de réessayer.

## Stockage et fonctionnement interne

shared-store-unavailable = Le stockage partagé du tableau de bord est injoignable pour le moment, donc rien n'a été envoyé à { -rescue }. Réessayez dans un instant ou prévenez votre administrateur.
shared-store-unavailable-read = Le stockage partagé du tableau de bord est injoignable pour le moment, donc aucun rapport n'a été demandé à { -rescue }. Réessayez dans un instant ou prévenez votre administrateur.
session-store-down = Le tableau de bord ne peut pas lire ses connexions pour le moment (son stockage de sessions est injoignable), donc rien n'a été modifié. Réessayez dans un instant ou prévenez votre administrateur.
shared-store-unavailable-sign-in = Le stockage partagé du tableau de bord est injoignable pour le moment, donc personne ne peut se connecter. Réessayez dans un instant ou prévenez votre administrateur.
audit-unavailable = Le journal d'audit ne peut pas être écrit pour le moment, donc rien n'a été envoyé à { -rescue } : chaque action est enregistrée avant d'être effectuée. Réessayez dans un instant ou prévenez votre administrateur.
session-not-saved = la session du tableau de bord n'a pas pu être enregistrée ; réessayez
form-invalid = Le formulaire envoyé est incomplet ou non valide. Rechargez la page et réessayez.
page-link-invalid = Le lien de page n'est pas valide ; recommencez à partir des plus récentes.
history-unreadable = L'historique n'a pas pu être lu pour le moment. Réessayez dans un instant.
internal = Le tableau de bord n'a pas pu traiter cette requête. Réessayez dans un instant.

## L'horloge de la liste

updated-refreshing = Actualisation…
updated-unanswered = Actualisation impossible : le tableau de bord n'a pas répondu. Liste affichée telle qu'il y a { $age }
updated-just-now = Mis à jour à l'instant
updated-ago = Mis à jour il y a { $age }
updated-paused = { $age } · actualisation automatique suspendue pendant la confirmation
updated-every = { $age } · actualisée toutes les { $secs } s

## Lecture depuis Rescue

transport-timeout = { -rescue } n'a pas répondu à temps. Rien n'a été modifié ; réessayez dans un instant.
transport-unreachable = { -rescue } est injoignable depuis ce serveur pour le moment. Réessayez plus tard.
transport-rate-limited = { -rescue } demande moins de requêtes pour le moment. Attendez une minute, puis réessayez.
transport-redirected = { -rescue } a répondu par une redirection (HTTP { $status }), que ce tableau de bord ne suit jamais, donc rien n'a été transmis. Prévenez votre administrateur : l'adresse { -rescue } configurée est peut-être erronée.
transport-http-status = { -rescue } rencontre des difficultés (HTTP { $status }). Réessayez plus tard.
transport-no-session = { -rescue } a accepté la connexion mais n'a pas ouvert de session. Réessayez.
transport-too-large = La réponse de { -rescue } était trop volumineuse pour être lue, donc rien n'est affiché. Restreignez votre demande (un technicien ou un groupe plutôt que tout le monde) ou prévenez votre administrateur.
transport-unreadable = La réponse de { -rescue } n'a pas pu être comprise. Réessayez ; si cela se reproduit, prévenez votre administrateur.
list-invalid-node = { -rescue } ne connaît pas ce technicien, ce groupe ou ce canal.
list-user-gone = Votre utilisateur { -rescue } a été supprimé ou désactivé.
list-invalid-authcode = { -rescue } n'accepte plus votre jeton d'API ni votre authcode.
list-not-logged-in = Votre connexion à { -rescue } a expiré.
list-error = { -rescue } a signalé une erreur lors de la liste des sessions. Réessayez.
list-undocumented = { -rescue } a refusé la liste pour un motif que ce tableau de bord ne connaît pas ({ $code }).
nothing-to-list = Votre compte { -rescue } n'a aucun technicien ni canal à afficher.
no-targets = { -rescue } n'a pas listé ses techniciens et canaux, il n'y a donc rien à choisir. Réessayez dans un instant.
login-expired = Votre connexion à { -rescue } a expiré après 20 minutes d'inactivité. Reconnectez-vous pour reprendre là où vous en étiez.

## Adresses

address-bad-id = Le champ { $field } de l'adresse n'est pas valide : { $why }.
address-bad-noderef = noderef doit valoir NODE ou CHANNEL.
address-bad-day = { $name } doit être une date comme 2026-11-28, et non « { $value } ».
address-backwards = La plage de dates est inversée : { $from } est après { $to }.

## Rapports

report-wait-copy = { -rescue } autorise un rapport par minute et par connexion ; voici la copie obtenue à { $at }. Un nouveau rapport pourra être obtenu dans { $secs } s.
report-wait = { -rescue } autorise un rapport par minute et par connexion. Ce rapport pourra être obtenu dans { $secs } s.
report-invalid-format = { -rescue } n'a pas pu lire les dates du rapport (INVALIDFORMAT). Choisissez à nouveau les jours dans le calendrier.
report-invalid-range = { -rescue } a refusé la plage de dates du rapport (INVALIDDATERANGE) : le premier jour ne doit pas être après le dernier. Choisissez à nouveau les jours.
report-user-gone = { -rescue } a refusé les paramètres du rapport : votre utilisateur { -rescue } a été supprimé ou désactivé (USER_DELETED_OR_DISABLED).
report-settings-refused = { -rescue } a refusé les paramètres du rapport ({ $code }). Réessayez dans un instant.
report-refused = { -rescue } n'a pas pu produire le rapport ({ $code }). Réessayez dans une minute.
reports-need-password = { -rescue } ne produit pas de rapports pour un jeton d'API ou un authcode sur ce compte. Déconnectez-vous et reconnectez-vous avec votre e-mail et votre mot de passe pour voir les rapports.
report-unknown-node = { -rescue } ne connaît pas ce nœud ; choisissez-en un autre dans la liste.
report-form-hint = Choisissez le compte entier, un technicien, un groupe ou un canal et les jours, puis Afficher le rapport. { -rescue } produit un rapport par minute et par connexion.
report-not-fetched = Ce rapport n'a pas encore été obtenu : ouvrez-le d'abord sur la page des rapports.

## Connexion

signed-in = Connecté.
login-invalid = L'e-mail ou le mot de passe est incorrect. Vérifiez les deux et réessayez.
login-ip-restricted = { -rescue } a refusé la connexion : votre compte { -rescue } n'accepte les connexions que depuis des adresses IP autorisées, et le serveur de ce tableau de bord n'en fait pas partie. Demandez au titulaire du compte { -rescue } d'autoriser l'adresse du serveur.
login-error = { -rescue } a signalé une erreur lors de votre connexion. Réessayez dans un instant.
login-undocumented = { -rescue } a refusé la connexion pour un motif que ce tableau de bord ne connaît pas ({ $code }).
token-invalid = { -rescue } n'accepte pas ce jeton ou cet authcode : il est peut-être mal saisi, ou remplacé par un plus récent.
token-user-gone = L'utilisateur { -rescue } de ce jeton a été supprimé ou désactivé.
token-not-accepted = { -rescue } n'a pas accepté ce jeton ou cet authcode.
token-error = { -rescue } a signalé une erreur lors de la vérification du jeton. Réessayez dans un instant.
token-undocumented = { -rescue } a refusé le jeton pour un motif que ce tableau de bord ne connaît pas ({ $code }).
too-many-failures = Trop de connexions échouées depuis votre adresse réseau. Attendez { $wait } avant de réessayer.
rescue-limit = { -rescue } autorise au plus 10 connexions en 3 minutes pour un même compte, et ce compte a atteint cette limite. Attendez { $wait }, puis réessayez.
lifetime-over = Votre connexion ici dure au plus { $most }, et ce temps est écoulé. Reconnectez-vous pour reprendre là où vous en étiez.
idle-over = Vous avez été absent plus de { $idle }, vous avez donc été déconnecté. Reconnectez-vous pour reprendre là où vous en étiez.
signed-out = Vous êtes déconnecté.
login-revoked = { -rescue } n'accepte plus votre connexion (elle y a pris fin, ou le compte a été désactivé). Reconnectez-vous pour continuer.
field-fields = Saisissez votre e-mail et votre mot de passe { -rescue }.
field-email = Ce n'est pas une adresse e-mail que { -rescue } pourrait avoir (254 caractères au plus, sur une ligne).
field-password = Ce mot de passe est plus long que ceux qu'accepte { -rescue } (256 caractères au plus).
field-token = Collez le jeton d'API ou l'authcode : un seul mot, sans espaces, de 512 caractères au plus.
not-allowed = { -rescue } a accepté ce compte, mais il ne fait pas partie des administrateurs autorisés à utiliser ce tableau de bord. Rien n'a été conservé ; demandez à la personne qui gère { -product } de l'ajouter.
token-owner-unknown = { -rescue } n'a pas indiqué à qui appartient ce jeton, et ce tableau de bord n'admet que les administrateurs de sa liste. Connectez-vous plutôt avec votre e-mail et votre mot de passe { -rescue }.
sso-provider = { $provider } ne vous a pas connecté ({ $code }). Rien n'a été conservé ; réessayez, ou adressez-vous à la personne qui gère votre fournisseur d'identité.
sso-undocumented = { -rescue } a refusé l'authentification unique pour un motif que ce tableau de bord ne connaît pas ({ $code }).
sso-refusal = { $why ->
        [cancelled] { $provider } ne vous a pas connecté (vous ou le fournisseur avez annulé). Rien n'a été conservé.
        [state] Cette connexion via { $provider } a expiré, a déjà été utilisée ou a été commencée dans un autre navigateur. Recommencez avec le bouton de connexion.
        [code] { $provider } n'a pas accepté le code de cette connexion (il a peut-être déjà été utilisé ou a expiré). Recommencez avec le bouton de connexion.
        [no-id-token] { $provider } a répondu sans dire qui vous êtes (pas d'ID token). Demandez à la personne qui gère votre fournisseur d'identité d'autoriser la portée openid pour ce tableau de bord.
        [issuer] La réponse ne provenait pas de { $provider } tel qu'il est configuré (mauvais émetteur), elle n'a donc pas été jugée fiable. Rien n'a été conservé.
        [audience] La réponse de { $provider } était destinée à une autre application (mauvaise audience), elle n'a donc pas été jugée fiable. Rien n'a été conservé.
        [expired] La réponse de { $provider } avait déjà expiré. Vérifiez l'horloge de ce serveur, puis recommencez avec le bouton de connexion.
        [signature] La réponse de { $provider } n'est pas signée par lui, elle n'a donc pas été jugée fiable. Rien n'a été conservé.
        [nonce] La réponse de { $provider } appartient à une autre connexion, elle n'a donc pas été jugée fiable. Recommencez avec le bouton de connexion.
        [unverified] { $provider } n'a pas vérifié l'adresse e-mail de votre compte, il ne peut donc pas vous connecter ici. Demandez à la personne qui gère votre fournisseur d'identité de la vérifier.
        [claim] { $provider } n'a pas indiqué quel identifiant d'authentification unique { -rescue } est le vôtre (le claim que ce tableau de bord doit lire est absent ou vide).
        [not-allowed] { $provider } vous a connecté, mais votre compte ne fait pas partie des administrateurs autorisés à utiliser ce tableau de bord. Rien n'a été conservé ; demandez à la personne qui gère { -product } de l'ajouter.
        [unreachable] { $provider } est injoignable depuis ce serveur pour le moment. Réessayez plus tard.
        [store] Ce serveur ne peut pas joindre son stockage partagé pour le moment, donc personne ne peut se connecter. Réessayez dans un instant.
        [rescue-invalid] { $provider } vous a connecté, mais { -rescue } n'a pas accepté l'authentification unique : votre compte { -rescue } a peut-être un autre identifiant d'authentification unique ou est désactivé, ou le mot de passe ou l'identifiant SSO d'entreprise de ce tableau de bord ne correspondent pas aux paramètres globaux (Global Settings) de { -rescue }.
        [company] { -rescue } a refusé l'identifiant d'entreprise de ce tableau de bord (RESCUE_COMPANY_ID). Demandez à la personne qui gère { -product } de le comparer aux paramètres globaux (Global Settings) de { -rescue }.
       *[rescue-error] { -rescue } a signalé une erreur lors de votre connexion par authentification unique. Réessayez dans un instant.
    }
password-refused-try-sso = L'e-mail ou le mot de passe est incorrect. Si votre entreprise se connecte via { $provider }, utilisez plutôt le bouton « Se connecter avec { $provider } » : les comptes à authentification unique n'ont pas de mot de passe { -rescue }.
method-off = Ce mode de connexion est désactivé ici. Utilisez l'un de ceux que propose la page de connexion.

## Actions groupées

bulk-explanation = { -rescue } est sollicité une fois par session, quatre à la fois, et chaque appel est d'abord inscrit dans le journal d'audit. La réponse de chaque session s'affiche sur la page suivante dès son arrivée ; rien n'est retenté.
login-expired-mid-run = Votre connexion à { -rescue } a expiré pendant cette exécution, donc les sessions pas encore envoyées n'ont pas été modifiées. Reconnectez-vous, puis choisissez-les à nouveau.
run-gone = Ces résultats ne sont plus disponibles (seuls ceux de la dernière action groupée de ce navigateur sont conservés). Le journal d'audit de la page Historique contient chaque appel effectué.
bulk-actions-only = Les actions groupées sont l'annulation, la mise en attente et la fermeture : rien n'a été envoyé à { -rescue }.
bulk-no-list = Le formulaire n'indique aucune liste de sessions : rien n'a été envoyé à { -rescue }.
bulk-no-list-address = L'adresse n'indique aucune liste : revenez à la page des sessions et choisissez à nouveau.
nothing-pending = Aucune session de cette liste n'a d'action de votre part en attente : il n'y a rien à annuler.
none-listed = Aucune des sessions choisies ne figure plus ici : elles sont peut-être terminées ou déplacées. Revenez à la liste et actualisez-la.
not-sent-gone = La session { $session } ne figure plus ici (terminée ou déplacée), elle n'a donc pas été envoyée à { -rescue }.
not-sent-expired = La session { $session } n'a pas été envoyée : votre connexion à { -rescue } a expiré.
left-out = Ne figurent plus ici, laissées de côté : { $sessions } (elles sont peut-être terminées ou déplacées).
bulk-label = { $action ->
        [cancel] Annuler l'action sur { $count ->
            [one] { $count } session
           *[other] { $count } sessions
        }
        [hold] Mettre en attente { $count ->
            [one] { $count } session
           *[other] { $count } sessions
        }
       *[close] Fermer { $count ->
            [one] { $count } session
           *[other] { $count } sessions
        }
    }
not-possible = { $action ->
        [cancel] Annuler l'action n'est pas possible pour toutes les sessions choisies : { $refused } ne peut pas être annulée.
        [hold] La mise en attente n'est pas possible pour toutes les sessions choisies : { $refused } ne peut pas être mise en attente.
       *[close] La fermeture n'est pas possible pour toutes les sessions choisies : { $refused } ne peut pas être fermée.
    } Choisissez uniquement des sessions qui le permettent : rien n'a été envoyé à { -rescue }.
bulk-group = { $group ->
        [done] { $count } { $action ->
            [cancel] annulée(s)
            [hold] mise(s) en attente
           *[close] fermée(s)
        }
        [offline] { $count ->
            [one] { $count } technicien hors ligne
           *[other] { $count } techniciens hors ligne
        }
        [gone] { $count ->
            [one] { $count } session disparue
           *[other] { $count } sessions disparues
        }
        [not-admin] { $count } refusée(s) : pas administrateur
        [unknown] { $count } au résultat inconnu ou en échec en route
        [refused] { $count } refusée(s) par { -rescue }
       *[not-sent] { $count } non envoyée(s)
    }
list-separator = {", "}
bulk-progress = { $answered } sur { $total } ont répondu jusqu'ici · cette page s'actualise toutes les 2 secondes jusqu'à ce que toutes aient répondu

## Confirmer une action

no-such-action = Cette action de session n'existe pas : les actions sont cancel, hold, close, transfer et start.
bad-session-id = L'ID de session n'est pas valide : { $why }.
pick-technician = Choisissez le technicien qui doit la démarrer.
pick-target = Choisissez le technicien ou le canal vers lequel transférer.
not-a-target = La cible `{ $target }` n'est ni un technicien ni un canal.
bad-target = La cible n'est pas valide : { $why }.
only-technicians-start = Seul un technicien peut démarrer une session, pas un canal.
comment-too-long = Le commentaire compte { $length } caractères ; { -rescue } en accepte au plus { $most }.
comment-one-line = Le commentaire doit tenir sur une seule ligne de texte (sans saut de ligne ni caractère de contrôle).
sign-in-first = Connectez-vous d'abord. Rien n'a été envoyé à { -rescue }.
expired-mid-action = Votre connexion à { -rescue } a expiré, donc la session { $session } n'a pas été modifiée. Reconnectez-vous pour continuer.
confirmation-invalid = Cette confirmation n'a pas été produite par ce tableau de bord, donc rien n'a été envoyé à { -rescue }. Rouvrez la confirmation depuis la liste.
confirmation-expired = Cette confirmation date de plus d'une heure, donc rien n'a été envoyé à { -rescue }. Rouvrez-la depuis la liste pour voir la session telle qu'elle est maintenant.
confirmation-running = Cette confirmation est déjà en cours d'exécution, elle n'a donc pas été renvoyée. Son résultat apparaîtra dans la liste et dans l'historique.
already-done = Déjà fait : cette confirmation a déjà été envoyée, donc rien n'a été renvoyé. { $first }
nothing-sent-marker = rien n'a été envoyé
not-sent = { $why } Rien n'a été envoyé à { -rescue }.
answer-unrecorded = La réponse de { -rescue } n'a pas pu être écrite dans le journal d'audit, où cette tentative figure avec un résultat inconnu ; prévenez votre administrateur.
no-longer-listed = La session { $session } ne figure plus ici : elle est peut-être terminée ou déplacée. Revenez à la liste et actualisez-la.

## Listes en direct et actions des autres administrateurs

stream-signed-out = Connectez-vous pour suivre cette liste en direct.
stream-no-list = Indiquez la liste à suivre : node et noderef (NODE ou CHANNEL).
live-updates = { $age } · en direct
news-mark = { $action ->
        [cancel] Annuler l'action
        [hold] Mettre en attente
        [close] Fermer
        [transfer] Transférer
       *[start] Démarrer
    } par { $by } — { $how ->
        [requested] demandé
        [unknown] résultat inconnu, vérifiez dans { -rescue }
        [done] fait
        [refused] refusé par { -rescue }
       *[no-answer] pas de réponse de { -rescue }
    } { $at }

## Clients en attente

waiting-mark = en attente { $age }
wait-alerts = { $count ->
        [one] { $count } client en attente
       *[other] { $count } clients en attente
    } depuis plus de { $limit }
sessions-title = { $alerts ->
        [0] Sessions — { $node }
       *[other] ({ $alerts }) Sessions — { $node }
    }

## Résultats des sessions (Post to URL)

outcome-id-invalid = Ce n'est pas un ID de session { -rescue } : c'est un nombre, tel que la liste des sessions l'affiche.
outcome-unreadable = Le dossier de la session ne peut pas être lu pour le moment. Réessayez dans un instant.
outcome-not-deleted = Le dossier de la session n'a pas pu être supprimé pour le moment ; rien n'a été retiré. Réessayez dans un instant.
outcomes-count = { $count ->
        [0] Aucune session envoyée par { -rescue } ne correspond.
        [one] { $count } session, la plus récemment envoyée d'abord.
       *[other] { $count } sessions sur cette page, les plus récemment envoyées d'abord.
    }
posts = { $count ->
        [one] { $count } envoi
       *[other] { $count } envois
    }
outcome-deleted = Le dossier de cette session a été supprimé par { $admin } à { $at } ({ $posts }).
outcome-not-found = Rien n'est conservé sur la session { $session } : { -rescue } ne l'a pas envoyée à ce tableau de bord, et aucune action n'y a été effectuée ici.
counts-summary = { $total } sessions par { $group ->
        [day] jour
        [waiting] temps d'attente
       *[technician] technicien
    } ({ $groups } affichés) ; le maximum, { $most }, pour { $label }.
counts-summary-none = Aucune session par { $group ->
        [day] jour
        [waiting] temps d'attente
       *[technician] technicien
    }.
outcomes-summary = { $sessions ->
        [one] { $sessions } session correspond
       *[other] { $sessions } sessions correspondent
    } aux filtres, traitées par { $technicians ->
        [one] { $technicians } technicien
       *[other] { $technicians } techniciens
    }.
waiting-unknown = { $count ->
        [one] { $count } session n'a pas de temps d'attente dans ses envois.
       *[other] { $count } sessions n'ont pas de temps d'attente dans leurs envois.
    }
bucket-under = moins de { $hi }
bucket-between = de { $lo } à { $hi }
bucket-over = { $lo } ou plus
record-link = Dossier de la session { $session }
sign-in-incomplete = Le formulaire de connexion est incomplet.
session-action = Action sur la session
confirm = Confirmer


## La page de connexion

product = { -product }
sign-in-lede = Connectez-vous avec votre compte administrateur LogMeIn { -rescue }.
demo-mode = Mode démo
sign-in-demo = Ce serveur communique avec un simulateur { -rescue } intégré, et non avec LogMeIn { -rescue }. Connectez-vous en tant que { $email } avec le mot de passe { $password }.
signed-in-as = Vous êtes connecté en tant que { $email }.
go-to-sessions = Aller aux sessions
sign-out = Se déconnecter
sign-in-with = Se connecter avec { $provider }
email = E-mail
password = Mot de passe
password-show = Afficher
password-hide = Masquer
sign-in = Se connecter
signing-in = Connexion…
sign-in-token-summary = Se connecter avec un jeton d'API ou un authcode
token-label = Jeton d'API ou authcode
sign-in-with-token = Se connecter avec le jeton

## La page des sessions

sessions = Sessions
sessions-heading = Sessions — { $node }
filter-sessions = Filtrer les sessions
col-session = Session
col-status = État
col-technician = Technicien
col-channel = Canal
col-in-status-for = Durée dans l'état
col-started = Début
col-customer = Client
col-language = Langue
col-actions = Actions
status-live = En cours (non terminée)
status-finished = Terminée
search-sessions = Rechercher ID, client, champs
apply = Appliquer
clear = Effacer
any = Tous
refresh = Actualiser
notify-waits = M'avertir des longues attentes
bulk-bar = Agir sur les sessions sélectionnées
bulk-cancel-selected = Annuler l'action sur les sessions sélectionnées
bulk-hold-selected = Mettre en attente la sélection
bulk-close-selected = Fermer la sélection
bulk-select-pending = Chaque ligne avec une action de ma part en attente
no-sessions-match = Aucune session ne correspond à ces filtres.
no-sessions-here = Aucune session ici pour le moment.
picker = Techniciens, groupes et canaux
bulk-selected = { $count ->
        [one] { $count } session sélectionnée
       *[other] { $count } sessions sélectionnées
    }
bulk-not-allowed = Toutes les sessions sélectionnées ne le permettent pas
wait-notice = Session { $session } : client { $mark }

lead-mark = {" "}(principal)
more-actions = Plus
select-session = Sélectionner la session { $session }
loading-sessions = Chargement des sessions…
sessions-page-title = Sessions — { -product }
bad-sort = sort doit être l'un de { $keys }, et non « { $sort } ».
bad-dir = dir doit valoir asc ou desc, et non « { $dir } ».
search-too-long = Le texte de recherche est trop long (200 lettres au plus).

## Sélecteurs et barre supérieure

language = Langue
language-change = Changer de langue
language-unknown = Choisissez une langue que parle le tableau de bord : { $tags }.
back-invalid = Impossible de revenir à cette adresse de page.
theme-unknown = Choisissez le jeu de couleurs : system, light ou dark.
theme = { $theme ->
        [light] Clair
        [dark] Sombre
       *[system] Système
    }
theme-picker = Jeu de couleurs
theme-colours = Couleurs :

nav-sections = Rubriques
nav-sessions = Sessions
nav-history = Historique
nav-reports = Rapports
nav-outcomes = Résultats
node-unnamed = Nœud { $id }
not-found = Page introuvable
not-found-text = Il n'y a rien à cette adresse.
go-to-sign-in = Aller à la connexion
sign-in-needed = Vous devez vous connecter.
back-to-sessions = ← Retour aux sessions
dashboard-unreachable = Le serveur est injoignable. Vérifiez votre connexion et réessayez.

## La confirmation

waiting-in-queue = — (en attente dans une file)
target-technician = Technicien qui la démarre
target-transfer = Transférer vers
target-channel = Canal : { $name }
pick-one = Choisissez…
transfer-comment = Commentaire pour le technicien destinataire
keep-it = La garder
close-dialog = Fermer
loading-session = Chargement de la session…
no-node = L'adresse n'indique aucun nœud.

## Pages des actions groupées

picks-none = Choisissez au moins une session : rien n'a été envoyé à { -rescue }.
picks-too-many = Au plus { $most } sessions peuvent être modifiées à la fois, et { $chosen } ont été choisies : rien n'a été envoyé à { -rescue }. Restreignez la liste avec ses filtres, ou choisissez-en moins.
picks-bad = « { $value } » n'est pas une session de la liste (un ID de session et l'ID de son technicien, comme 1073200000:337202) : rien n'a été envoyé à { -rescue }.
loading-the-sessions = Chargement des sessions…
bulk-action = Action groupée
bulk-page-title = Action groupée — { -product }
page-title = { $page } — { -product }
bulk-confirm = Confirmer : { $label }
keep-them = Les garder
bulk-question = { $label } ?
the-sessions = Les sessions
bulk-results-title = { $label } : résultats — { -product }
bulk-results = { $label } : résultats
bulk-each-outcome = Le résultat de chaque session
waiting-for-rescue = En attente de { -rescue }…
col-your-pending = Votre action en attente
col-outcome = Résultat
nothing-sent-title = Rien n'a été envoyé — { -product }
session-record = Dossier de la session

## Historique

loading-history = Chargement de l'historique…
history-charts = Graphiques des actions filtrées
history-heading = Historique des actions
history-filter = Filtrer l'historique
from-utc = Du (UTC)
to-utc = Au (UTC)
col-admin = Administrateur
col-action = Action
session-id = ID de session
delivery = Envoi au SIEM
history-table = Actions, la plus récente d'abord
export-csv = Exporter en CSV
col-time-utc = Heure (UTC)
col-latency = Latence
col-as-listed = Session telle que listée
pager = Pages de la liste
pager-newest = ← Plus récentes
pager-older = Plus anciennes →
none-value = (aucun)
chart-numbers = Chiffres
chart-total = Total
chart-over-time-utc = Résultats dans le temps (UTC)
chart-over-time = Résultats dans le temps
chart-day = Jour
chart-by = { $noun ->
        [admin] Résultats par administrateur
       *[technician] Résultats par technicien
    }
chart-group = { $noun ->
        [admin] Administrateur
       *[technician] Technicien
    }

## Pages des résultats des sessions

outcomes-heading = Résultats des sessions
outcomes-search = Client, champs, ID de suivi, notes
outcomes-table = Sessions envoyées par { -rescue }, la plus récente d'abord
col-last-post = Dernier envoi (UTC)
col-waiting = Attente
col-pickup = Prise en charge
col-work-time = Temps de travail
col-posts = Envois
custom-field = Champ personnalisé { $n }
technician-email = E-mail du technicien
tracking-id = ID de suivi
waiting-time = Temps d'attente
pickup-time = Délai de prise en charge
session-heading = Session { $session }
session-glance = La session en un coup d'œil
technician-notes = Notes du technicien
chat = Chat
what-rescue-sent = Ce que { -rescue } a envoyé ({ $posts })
delete-record-summary = Supprimer le dossier de cette session…
delete-record-explanation = La suppression retire tous les envois de { -rescue } pour cette session (pour la demande d'un client d'effacer ses données). Qui l'a supprimé et quand est conservé.
delete-record = Supprimer le dossier
actions-here = Actions effectuées via ce tableau de bord
none-sentence = Aucune.
action-log-line = { $when } — { $action } par { $admin } : { $outcome }
in-the-history = Dans l'historique →
field-name = { $field ->
        [from] Du
        [to] Au
        [session] Session
        [outcome] Résultat
        [admin] Administrateur
        [action] Action
        [technician] Technicien
        [delivery] Envoi
       *[search] Recherche
    }
bad-session-filter = Session doit être un ID de session (chiffres uniquement), et non « { $value } ».
bad-delivery = Envoi doit valoir « waiting » ou « dead ».
text-too-long = { $name } est trop long ou contient des caractères de contrôle ({ $most } lettres au plus).
chart-per-technician = Sessions par technicien
chart-per-day = Sessions par jour (UTC, selon le premier envoi)
chart-month = Mois
chart-waiting-times = Temps d'attente
all-technicians = Tous les techniciens
summary = Synthèse
summary-caption = Sessions et durées par technicien
median-waiting = Attente médiane
median-pickup = Prise en charge médiane
median-work = Temps de travail médian
total-work = Temps de travail total
outcomes-charts = Graphiques des sessions filtrées


## Rapports

loading-report = Chargement du rapport…
report-heading = Rapport des sessions
report-choose = Choisir le rapport
report-target = Technicien, groupe ou canal
whole-account = Compte entier
show-report = Afficher le rapport
report-fetched = { $total } sessions, obtenues de { -rescue } à { $at }.
fetch-again = Obtenir à nouveau
by-status = Par état
resolved = Résolues
resolved-count = { $resolved } résolues, { $unresolved } non résolues
by-technician = Par technicien
median-total = Total médian
report-sessions = Sessions du rapport
queue = (file)
skip-link = Aller au contenu principal
cross-site-refused = Cette requête venait d'un autre site et a été refusée. Utilisez les pages de { -product } lui-même.
sign-in-too-large = Le formulaire de connexion est bien plus grand que toute connexion { -rescue } ; rien n'a été envoyé à { -rescue }.
