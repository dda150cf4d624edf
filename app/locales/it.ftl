# Rescue Console — italiano. Tradotto con cura da en.ftl; le correzioni di un'azienda vanno in
# questo file (vedi docs/features.md). I valori { $… } li inserisce la dashboard.

-rescue = Rescue
-product = Rescue Console

## Durate e orari

duration-seconds-spoken = { $s ->
        [one] { $s } secondo
       *[other] { $s } secondi
    }
duration-minutes-spoken = { $m ->
        [one] { $m } minuto
       *[other] { $m } minuti
    }
duration-s = { $s } s
duration-min = { $m } min
duration-min-s = { $m } min { $s } s
duration-h-min = { $h } h { $m } min
utc-time = { $time } UTC
date-time = { $day }/{ $month }/{ $year } { $time }
latency = { $ms } ms

## Conteggi

row-count = { $total ->
        [one] { $total } riga.
       *[other] { $total } righe.
    }
row-count-narrowed = { $shown } righe su { $total } corrispondono.
history-count = { $count ->
        [0] Nessuna azione registrata corrisponde.
        [one] { $count } azione, la più recente per prima.
       *[other] { $count } azioni in questa pagina, le più recenti per prime.
    }
chart-others = Altri ({ $count })
chart-summary = { $total } azioni { $what ->
        [over-time] nel tempo
        [by-admin] per amministratore
       *[by-technician] per tecnico
    }, { $groups } { $noun ->
        [month] { $groups ->
            [one] mese
           *[other] mesi
        }
        [day] { $groups ->
            [one] giorno
           *[other] giorni
        }
        [admin] { $groups ->
            [one] amministratore
           *[other] amministratori
        }
       *[technician] { $groups ->
            [one] tecnico
           *[other] tecnici
        }
    }: { $parts }.
malformed-rows = Non è stato possibile leggere { $count } riga/e di { -rescue }, che quindi non vengono mostrate.

## Azioni sulle sessioni

action-label = { $action ->
        [cancel] Annulla azione
        [hold] Metti in attesa
        [close] Chiudi
        [transfer] Trasferisci
       *[start] Avvia
    }
action-question = { $action ->
        [cancel] Annullare l'azione su questa sessione?
        [hold] Mettere in attesa questa sessione?
        [close] Chiudere questa sessione?
        [transfer] Trasferire questa sessione?
       *[start] Avviare questa sessione?
    }
action-explanation = { $action ->
        [cancel] { -rescue } scarterà l'azione che hai richiesto su questa sessione (messa in attesa, chiusura, trasferimento o avvio) prima che la console del tecnico la esegua.
        [hold] La console del tecnico metterà la sessione in attesa. Fino ad allora, Annulla azione ritira la richiesta.
        [close] La console del tecnico chiuderà la sessione per il cliente. Fino ad allora, Annulla azione ritira la richiesta.
        [transfer] La sessione passa al tecnico o al canale che scegli, con il tuo commento. Finché la console non lo esegue, Annulla azione lo ritira.
       *[start] Il tecnico che scegli prenderà in carico questa sessione in attesa. Finché la sua console non lo fa, Annulla azione ritira la richiesta.
    }
action-busy = { $action ->
        [cancel] Annullamento…
        [hold] Messa in attesa…
        [close] Chiusura…
        [transfer] Trasferimento…
       *[start] Avvio…
    }
pending = { $action ->
        [cancel] Annullamento richiesto
        [hold] Messa in attesa richiesta
        [close] Chiusura richiesta
        [transfer] Trasferimento richiesto
       *[start] Avvio richiesto
    } alle { $at }, in sospeso
pending-uncertain = { $action ->
        [cancel] Annullamento richiesto
        [hold] Messa in attesa richiesta
        [close] Chiusura richiesta
        [transfer] Trasferimento richiesto
       *[start] Avvio richiesto
    } alle { $at }, esito sconosciuto: controlla la sessione in { -rescue }
outcome-note-attempted = Inviato a { -rescue }; la sua risposta non è ancora arrivata.
outcome-note-unknown = Esito sconosciuto: il server si è fermato durante la chiamata. Controlla la sessione in { -rescue }.
the-technician = il tecnico
action-noun = { $action ->
        [cancel] annullamento
        [hold] messa in attesa
        [close] chiusura
        [transfer] trasferimento
       *[start] avvio
    }

act-attempted = L'azione ({ $noun }) sulla sessione { $session } è stata inviata a { -rescue }, la cui risposta non è ancora arrivata. Controlla tra poco lo stato della sessione prima di riprovare.
act-unknown = Esito sconosciuto: il server della dashboard si è fermato durante l'azione ({ $noun }) sulla sessione { $session }, quindi nessuno sa se { -rescue } l'ha eseguita. Controlla la sessione in { -rescue } prima di riprovare.
act-ok = { $action ->
        [cancel] Annullata: l'azione che hai richiesto sulla sessione { $session } non verrà eseguita e la sessione è tornata com'era.
        [hold] Messa in attesa richiesta: a breve la console di { $tech } metterà in attesa la sessione { $session }. Fino ad allora, Annulla azione la ritira.
        [close] Chiusura richiesta: a breve la console di { $tech } chiuderà la sessione { $session }. Fino ad allora, Annulla azione la ritira.
        [transfer] Trasferimento richiesto: la sessione { $session } passerà con il tuo commento quando la console lo eseguirà. Fino ad allora, Annulla azione lo ritira.
       *[start] Avvio richiesto: a breve il tecnico che hai scelto prenderà in carico la sessione { $session }. Fino ad allora, Annulla azione lo ritira.
    }
act-error = { -rescue } ha segnalato un errore e non ha confermato l'azione ({ $noun }) sulla sessione { $session }. Controlla lo stato della sessione prima di riprovare.
act-not-admin = { $action ->
        [cancel] Il tuo account { -rescue } non è di amministratore, quindi non può annullare azioni. Chiedi a un amministratore di { -rescue } di farlo, oppure accedi con un account di amministratore.
       *[other] Il tuo account { -rescue } non è di amministratore, quindi { -rescue } ha rifiutato l'azione ({ $noun }). Chiedi a un amministratore di { -rescue } di farlo, oppure accedi con un account di amministratore.
    }
act-failed = { $action ->
        [cancel] { -rescue } non ha potuto annullare sulla sessione { $session }: { $tech } è offline o la sua Technician Console non è in esecuzione, oppure lì non c'è alcuna tua azione in sospeso.
        [hold] { -rescue } non ha potuto mettere in attesa la sessione { $session }: potrebbe essere già in attesa o avere un'altra azione in sospeso, oppure la Technician Console di { $tech } non è in esecuzione.
        [close] { -rescue } non ha potuto chiudere la sessione { $session }: { $tech } è offline o la sua Technician Console non è in esecuzione, oppure c'è un'altra azione in sospeso.
        [transfer] { -rescue } non ha potuto trasferire la sessione { $session }: { $tech } è offline o la sua Technician Console non è in esecuzione, oppure c'è un'altra azione in sospeso.
       *[start] { -rescue } non ha potuto avviare la sessione { $session }: il tecnico che hai scelto è offline o la sua Technician Console non è in esecuzione, oppure la sessione non è più in attesa.
    }
act-invalid-session = { -rescue } non conosce la sessione { $session }: potrebbe essere terminata ed eliminata. Aggiorna l'elenco.
act-invalid-node = { $action ->
        [transfer] { -rescue } ha rifiutato la destinazione del trasferimento: quel tecnico o canale non esiste nel tuo account (o è dell'altro tipo). Scegline un altro.
       *[other] { -rescue } non conosce il tecnico che hai scelto, quindi la sessione non è stata avviata. Scegline un altro.
    }
act-invalid-authcode = { -rescue } non accetta più il tuo token API o authcode (potrebbe essere stato sostituito da uno più recente). Esci e accedi di nuovo.
act-user-gone = Il tuo utente { -rescue } è stato eliminato o disattivato, quindi { -rescue } ha rifiutato l'azione ({ $noun }). Rivolgiti al tuo amministratore di { -rescue }.
act-undocumented = { -rescue } ha risposto { $code }, un motivo che questa dashboard non conosce. L'azione ({ $noun }) sulla sessione { $session } potrebbe non essere stata eseguita: controllane lo stato.
act-no-answer = { $failure ->
        [timeout] { -rescue } non ha risposto in tempo. L'azione ({ $noun }) sulla sessione { $session } potrebbe essere avvenuta o no: controlla la sessione prima di riprovare.
        [unreachable] { -rescue } non è raggiungibile da questo server in questo momento, quindi { $action ->
            [cancel] non è stato annullato nulla
           *[other] non è stato inviato nulla
        }. Riprova più tardi.
        [rate-limited] { -rescue } chiede meno richieste in questo momento (HTTP 429), quindi { $action ->
            [cancel] non è stato annullato nulla
           *[other] non è stato inviato nulla
        }. Attendi un minuto, poi riprova.
        [broken] La connessione a { -rescue } si è interrotta durante l'azione ({ $noun }). Potrebbe essere avvenuta o no sulla sessione { $session }: controlla prima di riprovare.
        [too-large] La risposta di { -rescue } era troppo grande per essere letta, quindi la dashboard non sa se l'azione ({ $noun }) sulla sessione { $session } è avvenuta: controlla la sessione.
       *[unreadable] Non è stato possibile interpretare la risposta di { -rescue }. L'azione ({ $noun }) sulla sessione { $session } potrebbe essere avvenuta o no: controlla la sessione.
    }
act-redirected = { -rescue } ha risposto con un reindirizzamento (HTTP { $status }), che questa dashboard non segue mai, quindi { $action ->
        [cancel] non è stato annullato nulla
       *[other] non è stato inviato nulla
    }. Avvisa il tuo amministratore: l'indirizzo di { -rescue } configurato potrebbe essere sbagliato.
act-http-status = { -rescue } ha problemi (HTTP { $status }). Probabilmente l'azione ({ $noun }) sulla sessione { $session } non è stata eseguita: controlla la sessione, poi riprova.
interrupted = Un clic precedente su questo pulsante è stato interrotto; { -rescue } potrebbe averlo ricevuto o no. Controlla lo stato della sessione prima di riprovare.

## Archivi e funzionamento interno

shared-store-unavailable = L'archivio condiviso della dashboard non è raggiungibile in questo momento, quindi non è stato inviato nulla a { -rescue }. Riprova tra poco o avvisa il tuo amministratore.
shared-store-unavailable-read = L'archivio condiviso della dashboard non è raggiungibile in questo momento, quindi non è stato chiesto alcun report a { -rescue }. Riprova tra poco o avvisa il tuo amministratore.
session-store-down = La dashboard non riesce a leggere i suoi accessi in questo momento (il suo archivio delle sessioni non è raggiungibile), quindi non è stato cambiato nulla. Riprova tra poco o avvisa il tuo amministratore.
shared-store-unavailable-sign-in = L'archivio condiviso della dashboard non è raggiungibile in questo momento, quindi nessuno può accedere. Riprova tra poco o avvisa il tuo amministratore.
audit-unavailable = Il registro di audit non può essere scritto in questo momento, quindi non è stato inviato nulla a { -rescue }: ogni azione viene registrata prima di essere eseguita. Riprova tra poco o avvisa il tuo amministratore.
session-not-saved = non è stato possibile salvare la sessione della dashboard; riprova
form-invalid = Il modulo inviato è incompleto o non valido. Ricarica la pagina e riprova.
page-link-invalid = Il link alla pagina non è valido; ricomincia dalle più recenti.
history-unreadable = Non è stato possibile leggere la cronologia in questo momento. Riprova tra poco.
internal = La dashboard non è riuscita a gestire questa richiesta. Riprova tra poco.

## L'orologio dell'elenco

updated-refreshing = Aggiornamento…
updated-unanswered = Aggiornamento non riuscito: la dashboard non ha risposto. Viene mostrato l'elenco di { $age } fa
updated-just-now = Aggiornato proprio ora
updated-ago = Aggiornato { $age } fa
updated-paused = { $age } · aggiornamento automatico in pausa mentre confermi
updated-every = { $age } · si aggiorna ogni { $secs } s

## Lettura da Rescue

transport-timeout = { -rescue } non ha risposto in tempo. Non è stato cambiato nulla; riprova tra poco.
transport-unreachable = { -rescue } non è raggiungibile da questo server in questo momento. Riprova più tardi.
transport-rate-limited = { -rescue } chiede meno richieste in questo momento. Attendi un minuto, poi riprova.
transport-redirected = { -rescue } ha risposto con un reindirizzamento (HTTP { $status }), che questa dashboard non segue mai, quindi non è stato inoltrato nulla. Avvisa il tuo amministratore: l'indirizzo di { -rescue } configurato potrebbe essere sbagliato.
transport-http-status = { -rescue } ha problemi (HTTP { $status }). Riprova più tardi.
transport-no-session = { -rescue } ha accettato l'accesso ma non ha avviato una sessione. Riprova.
transport-too-large = La risposta di { -rescue } era troppo grande per essere letta, quindi non viene mostrato nulla. Restringi la richiesta (un tecnico o un gruppo invece di tutti) o avvisa il tuo amministratore.
transport-unreadable = Non è stato possibile interpretare la risposta di { -rescue }. Riprova; se continua a succedere, avvisa il tuo amministratore.
list-invalid-node = { -rescue } non conosce questo tecnico, gruppo o canale.
list-user-gone = Il tuo utente { -rescue } è stato eliminato o disattivato.
list-invalid-authcode = { -rescue } non accetta più il tuo token API o authcode.
list-not-logged-in = Il tuo accesso a { -rescue } è scaduto.
list-error = { -rescue } ha segnalato un errore durante l'elenco delle sessioni. Riprova.
list-undocumented = { -rescue } ha rifiutato l'elenco per un motivo che questa dashboard non conosce ({ $code }).
nothing-to-list = Il tuo account { -rescue } non ha tecnici né canali da elencare.
no-targets = { -rescue } non ha elencato i suoi tecnici e canali, quindi non c'è nulla da scegliere. Riprova tra poco.
login-expired = Il tuo accesso a { -rescue } è scaduto dopo 20 minuti di inattività. Accedi di nuovo per riprendere da dove eri.

## Indirizzi

address-bad-id = Il campo { $field } nell'indirizzo non è valido: { $why }.
address-bad-noderef = noderef deve essere NODE o CHANNEL.
address-bad-day = { $name } deve essere una data come 2026-11-28, non «{ $value }».
address-backwards = L'intervallo di date è invertito: { $from } è successivo a { $to }.

## Report

report-wait-copy = { -rescue } consente un report al minuto per accesso; questa è la copia ottenuta alle { $at }. Se ne potrà ottenere uno nuovo tra { $secs } s.
report-wait = { -rescue } consente un report al minuto per accesso. Questo report si potrà ottenere tra { $secs } s.
report-invalid-format = { -rescue } non è riuscito a leggere le date del report (INVALIDFORMAT). Scegli di nuovo i giorni dal calendario.
report-invalid-range = { -rescue } ha rifiutato l'intervallo di date del report (INVALIDDATERANGE): il primo giorno non deve essere successivo all'ultimo. Scegli di nuovo i giorni.
report-user-gone = { -rescue } ha rifiutato le impostazioni del report: il tuo utente { -rescue } è stato eliminato o disattivato (USER_DELETED_OR_DISABLED).
report-settings-refused = { -rescue } ha rifiutato le impostazioni del report ({ $code }). Riprova tra poco.
report-refused = { -rescue } non è riuscito a generare il report ({ $code }). Riprova tra un minuto.
reports-need-password = { -rescue } non genera report per un token API o authcode su questo account. Esci e accedi con e-mail e password per vedere i report.
report-unknown-node = { -rescue } non conosce questo nodo; scegline un altro dall'elenco.
report-form-hint = Scegli l'intero account, un tecnico, un gruppo o un canale e i giorni, poi Mostra report. { -rescue } genera un report al minuto per accesso.
report-not-fetched = Questo report non è ancora stato ottenuto: aprilo prima nella pagina dei report.

## Accesso

signed-in = Accesso eseguito.
login-invalid = L'e-mail o la password non sono corrette. Controllale entrambe e riprova.
login-ip-restricted = { -rescue } ha rifiutato l'accesso: il tuo account { -rescue } accetta accessi solo da indirizzi IP consentiti, e il server di questa dashboard non è tra questi. Chiedi al titolare dell'account { -rescue } di consentire l'indirizzo del server.
login-error = { -rescue } ha segnalato un errore durante l'accesso. Riprova tra poco.
login-undocumented = { -rescue } ha rifiutato l'accesso per un motivo che questa dashboard non conosce ({ $code }).
token-invalid = { -rescue } non accetta questo token o authcode: potrebbe essere scritto male o sostituito da uno più recente.
token-user-gone = L'utente { -rescue } di questo token è stato eliminato o disattivato.
token-not-accepted = { -rescue } non ha accettato questo token o authcode.
token-error = { -rescue } ha segnalato un errore durante la verifica del token. Riprova tra poco.
token-undocumented = { -rescue } ha rifiutato il token per un motivo che questa dashboard non conosce ({ $code }).
too-many-failures = Troppi accessi non riusciti dal tuo indirizzo di rete. Attendi { $wait } prima di riprovare.
rescue-limit = { -rescue } consente al massimo 10 accessi in 3 minuti per account, e questo account ha raggiunto il limite. Attendi { $wait }, poi riprova.
lifetime-over = Il tuo accesso qui dura al massimo { $most }, e quel tempo è scaduto. Accedi di nuovo per riprendere da dove eri.
idle-over = Sei stato assente per più di { $idle }, quindi sei stato disconnesso. Accedi di nuovo per riprendere da dove eri.
signed-out = Sei disconnesso.
login-revoked = { -rescue } non accetta più il tuo accesso (è terminato lì, oppure l'account è stato disattivato). Accedi di nuovo per continuare.
field-fields = Inserisci e-mail e password di { -rescue }.
field-email = Questo non è un indirizzo e-mail che { -rescue } potrebbe avere (al massimo 254 caratteri, su una riga).
field-password = Questa password è più lunga di qualsiasi password accettata da { -rescue } (al massimo 256 caratteri).
field-token = Incolla il token API o l'authcode: una sola parola, senza spazi, al massimo 512 caratteri.
not-allowed = { -rescue } ha accettato questo account, ma non è tra gli amministratori autorizzati a usare questa dashboard. Non è stato conservato nulla; chiedi a chi gestisce { -product } di aggiungerlo.
token-owner-unknown = { -rescue } non ha indicato di chi è questo token, e questa dashboard ammette solo gli amministratori in elenco. Accedi invece con e-mail e password di { -rescue }.
sso-provider = { $provider } non ti ha fatto accedere ({ $code }). Non è stato conservato nulla; riprova, oppure rivolgiti a chi gestisce il tuo provider di identità.
sso-undocumented = { -rescue } ha rifiutato il Single Sign-On per un motivo che questa dashboard non conosce ({ $code }).
sso-refusal = { $why ->
        [cancelled] { $provider } non ti ha fatto accedere (tu o il provider avete annullato). Non è stato conservato nulla.
        [state] Questo accesso tramite { $provider } è scaduto, è già stato usato o è stato avviato in un altro browser. Ricomincia con il pulsante di accesso.
        [code] { $provider } non ha accettato il codice di questo accesso (potrebbe essere già stato usato o essere scaduto). Ricomincia con il pulsante di accesso.
        [no-id-token] { $provider } ha risposto senza dire chi sei (nessun ID token). Chiedi a chi gestisce il tuo provider di identità di consentire lo scope openid per questa dashboard.
        [issuer] La risposta non proveniva da { $provider } come configurato (emittente errato), quindi non è stata considerata attendibile. Non è stato conservato nulla.
        [audience] La risposta di { $provider } era destinata a un'altra applicazione (audience errata), quindi non è stata considerata attendibile. Non è stato conservato nulla.
        [expired] La risposta di { $provider } era già scaduta. Controlla l'orologio di questo server, poi ricomincia con il pulsante di accesso.
        [signature] La risposta di { $provider } non è firmata da esso, quindi non è stata considerata attendibile. Non è stato conservato nulla.
        [nonce] La risposta di { $provider } appartiene a un altro accesso, quindi non è stata considerata attendibile. Ricomincia con il pulsante di accesso.
        [unverified] { $provider } non ha verificato l'indirizzo e-mail del tuo account, quindi non può farti accedere qui. Chiedi a chi gestisce il tuo provider di identità di verificarlo.
        [claim] { $provider } non ha indicato quale ID Single Sign-On di { -rescue } è il tuo (il claim che questa dashboard è impostata a leggere manca o è vuoto).
        [not-allowed] { $provider } ti ha fatto accedere, ma il tuo account non è tra gli amministratori autorizzati a usare questa dashboard. Non è stato conservato nulla; chiedi a chi gestisce { -product } di aggiungerlo.
        [unreachable] { $provider } non è raggiungibile da questo server in questo momento. Riprova più tardi.
        [store] Questo server non riesce a raggiungere il suo archivio condiviso in questo momento, quindi nessuno può accedere. Riprova tra poco.
        [rescue-invalid] { $provider } ti ha fatto accedere, ma { -rescue } non ha accettato il Single Sign-On: il tuo account { -rescue } potrebbe avere un altro ID Single Sign-On o essere disattivato, oppure la password o l'ID SSO aziendale di questa dashboard non corrispondono alle impostazioni globali (Global Settings) di { -rescue }.
        [company] { -rescue } ha rifiutato l'ID aziendale di questa dashboard (RESCUE_COMPANY_ID). Chiedi a chi gestisce { -product } di confrontarlo con le impostazioni globali (Global Settings) di { -rescue }.
       *[rescue-error] { -rescue } ha segnalato un errore durante l'accesso tramite Single Sign-On. Riprova tra poco.
    }
password-refused-try-sso = L'e-mail o la password non sono corrette. Se la tua azienda accede tramite { $provider }, usa invece il pulsante «Accedi con { $provider }»: gli account che usano il Single Sign-On non hanno una password di { -rescue }.
method-off = Questo metodo di accesso è disattivato qui. Usa uno dei metodi offerti dalla pagina di accesso.

## Azioni in blocco

bulk-explanation = A { -rescue } viene chiesto una volta per ogni sessione, quattro alla volta, e ogni chiamata viene prima scritta nel registro di audit. La risposta di ogni sessione compare nella pagina successiva appena arriva; nulla viene ritentato.
login-expired-mid-run = Il tuo accesso a { -rescue } è scaduto durante questa esecuzione, quindi le sessioni non ancora inviate non sono state cambiate. Accedi di nuovo, poi sceglile di nuovo.
run-gone = Questi risultati non sono più qui (vengono conservati solo quelli dell'ultima azione in blocco di questo browser). Il registro di audit nella pagina Cronologia contiene ogni chiamata eseguita.
bulk-actions-only = Le azioni in blocco sono annullamento, messa in attesa e chiusura: non è stato inviato nulla a { -rescue }.
bulk-no-list = Il modulo non indica alcun elenco di sessioni: non è stato inviato nulla a { -rescue }.
bulk-no-list-address = L'indirizzo non indica alcun elenco: torna alla pagina delle sessioni e scegli di nuovo.
nothing-pending = Nessuna sessione di questo elenco ha una tua azione in sospeso: non c'è nulla da annullare.
none-listed = Nessuna delle sessioni scelte è più in elenco: potrebbero essere terminate o spostate. Torna all'elenco e aggiornalo.
not-sent-gone = La sessione { $session } non è più in elenco (è terminata o è stata spostata), quindi non è stata inviata a { -rescue }.
not-sent-expired = La sessione { $session } non è stata inviata: il tuo accesso a { -rescue } è scaduto.
left-out = Non più in elenco, escluse: { $sessions } (potrebbero essere terminate o spostate).
bulk-label = { $action ->
        [cancel] Annulla azione su { $count ->
            [one] { $count } sessione
           *[other] { $count } sessioni
        }
        [hold] Metti in attesa { $count ->
            [one] { $count } sessione
           *[other] { $count } sessioni
        }
       *[close] Chiudi { $count ->
            [one] { $count } sessione
           *[other] { $count } sessioni
        }
    }
not-possible = { $action ->
        [cancel] Annulla azione non è possibile per tutte le sessioni scelte: { $refused } non può essere annullata.
        [hold] Metti in attesa non è possibile per tutte le sessioni scelte: { $refused } non può essere messa in attesa.
       *[close] Chiudi non è possibile per tutte le sessioni scelte: { $refused } non può essere chiusa.
    } Scegli solo sessioni che lo consentono: non è stato inviato nulla a { -rescue }.
bulk-group = { $group ->
        [done] { $count } { $action ->
            [cancel] annullate
            [hold] in attesa
           *[close] chiuse
        }
        [offline] { $count ->
            [one] { $count } tecnico offline
           *[other] { $count } tecnici offline
        }
        [gone] { $count ->
            [one] { $count } sessione non più presente
           *[other] { $count } sessioni non più presenti
        }
        [not-admin] { $count } rifiutate: non amministratore
        [unknown] { $count } con esito sconosciuto o non riuscite lungo il percorso
        [refused] { $count } rifiutate da { -rescue }
       *[not-sent] { $count } non inviate
    }
list-separator = {", "}
bulk-progress = { $answered } su { $total } con risposta finora · questa pagina si aggiorna ogni 2 secondi finché non arrivano tutte

## Confermare un'azione

no-such-action = Questa azione di sessione non esiste: le azioni sono cancel, hold, close, transfer e start.
bad-session-id = L'ID di sessione non è valido: { $why }.
pick-technician = Scegli il tecnico che deve avviarla.
pick-target = Scegli il tecnico o il canale a cui trasferire.
not-a-target = La destinazione `{ $target }` non è un tecnico né un canale.
bad-target = La destinazione non è valida: { $why }.
only-technicians-start = Solo un tecnico può avviare una sessione, non un canale.
comment-too-long = Il commento è lungo { $length } caratteri; { -rescue } ne accetta al massimo { $most }.
comment-one-line = Il commento deve essere una sola riga di testo (senza a capo né caratteri di controllo).
sign-in-first = Accedi prima. Non è stato inviato nulla a { -rescue }.
expired-mid-action = Il tuo accesso a { -rescue } è scaduto, quindi la sessione { $session } non è stata cambiata. Accedi di nuovo per continuare.
confirmation-invalid = Questa conferma non è stata creata da questa dashboard, quindi non è stato inviato nulla a { -rescue }. Riapri la conferma dall'elenco.
confirmation-expired = Questa conferma ha più di un'ora, quindi non è stato inviato nulla a { -rescue }. Riaprila dall'elenco per vedere la sessione com'è ora.
confirmation-running = Questa conferma è già in esecuzione, quindi non è stata inviata di nuovo. Il suo esito comparirà nell'elenco e nella cronologia.
already-done = Già fatto: questa conferma è stata inviata in precedenza, quindi non è stato inviato di nuovo nulla. { $first }
nothing-sent-marker = non è stato inviato nulla
not-sent = { $why } Non è stato inviato nulla a { -rescue }.
answer-unrecorded = Non è stato possibile scrivere la risposta di { -rescue } nel registro di audit, dove questo tentativo figura con esito sconosciuto; avvisa il tuo amministratore.
no-longer-listed = La sessione { $session } non è più in elenco: potrebbe essere terminata o spostata. Torna all'elenco e aggiornalo.

## Elenchi in tempo reale e azioni di altri amministratori

stream-signed-out = Accedi per seguire questo elenco in tempo reale.
stream-no-list = Indica l'elenco da seguire: node e noderef (NODE o CHANNEL).
live-updates = { $age } · in tempo reale
news-mark = { $action ->
        [cancel] Annulla azione
        [hold] Metti in attesa
        [close] Chiudi
        [transfer] Trasferisci
       *[start] Avvia
    } da { $by } — { $how ->
        [requested] richiesto
        [unknown] esito sconosciuto, controlla in { -rescue }
        [done] eseguito
        [refused] rifiutato da { -rescue }
       *[no-answer] nessuna risposta da { -rescue }
    } { $at }

## Clienti in attesa

waiting-mark = in attesa da { $age }
wait-alerts = { $count ->
        [one] { $count } cliente in attesa
       *[other] { $count } clienti in attesa
    } da più di { $limit }
sessions-title = { $alerts ->
        [0] Sessioni — { $node }
       *[other] ({ $alerts }) Sessioni — { $node }
    }

## Esiti delle sessioni (Post to URL)

outcome-id-invalid = Questo non è un ID di sessione di { -rescue }: è un numero, come lo mostra l'elenco delle sessioni.
outcome-unreadable = La scheda della sessione non può essere letta in questo momento. Riprova tra poco.
outcome-not-deleted = Non è stato possibile eliminare la scheda della sessione in questo momento; non è stato rimosso nulla. Riprova tra poco.
outcomes-count = { $count ->
        [0] Nessuna sessione inviata da { -rescue } corrisponde.
        [one] { $count } sessione, la più recente per prima.
       *[other] { $count } sessioni in questa pagina, le più recenti per prime.
    }
posts = { $count ->
        [one] { $count } invio
       *[other] { $count } invii
    }
outcome-deleted = La scheda di questa sessione è stata eliminata da { $admin } alle { $at } ({ $posts }).
outcome-not-found = Non si conserva nulla sulla sessione { $session }: { -rescue } non l'ha inviata a questa dashboard e qui non è stata eseguita alcuna azione su di essa.
counts-summary = { $total } sessioni per { $group ->
        [day] giorno
        [waiting] tempo di attesa
       *[technician] tecnico
    } ({ $groups } mostrati); il massimo, { $most }, per { $label }.
counts-summary-none = Nessuna sessione per { $group ->
        [day] giorno
        [waiting] tempo di attesa
       *[technician] tecnico
    }.
outcomes-summary = { $sessions ->
        [one] { $sessions } sessione corrisponde
       *[other] { $sessions } sessioni corrispondono
    } ai filtri, gestite da { $technicians ->
        [one] { $technicians } tecnico
       *[other] { $technicians } tecnici
    }.
waiting-unknown = { $count ->
        [one] { $count } sessione non ha un tempo di attesa nei suoi invii.
       *[other] { $count } sessioni non hanno un tempo di attesa nei loro invii.
    }
bucket-under = meno di { $hi }
bucket-between = da { $lo } a { $hi }
bucket-over = { $lo } o più
record-link = Scheda della sessione { $session }
sign-in-incomplete = Il modulo di accesso è incompleto.
session-action = Azione sulla sessione
confirm = Conferma


## La pagina di accesso

product = { -product }
sign-in-lede = Accedi con il tuo account di amministratore LogMeIn { -rescue }.
demo-mode = Modalità demo
sign-in-demo = Questo server comunica con un simulatore di { -rescue } integrato, non con LogMeIn { -rescue }. Accedi come { $email } con la password { $password }.
signed-in-as = Hai eseguito l'accesso come { $email }.
go-to-sessions = Vai alle sessioni
sign-out = Esci
sign-in-with = Accedi con { $provider }
email = E-mail
password = Password
password-show = Mostra
password-hide = Nascondi
sign-in = Accedi
signing-in = Accesso in corso…
sign-in-token-summary = Accedi con un token API o authcode
token-label = Token API o authcode
sign-in-with-token = Accedi con il token

## La pagina delle sessioni

sessions = Sessioni
sessions-heading = Sessioni — { $node }
filter-sessions = Filtra le sessioni
col-session = Sessione
col-status = Stato
col-technician = Tecnico
col-channel = Canale
col-in-status-for = Nello stato da
col-started = Avvio
col-customer = Cliente
col-language = Lingua
col-actions = Azioni
status-live = In corso (non terminata)
status-finished = Terminata
search-sessions = Cerca ID, cliente, campi
apply = Applica
clear = Cancella
any = Qualsiasi
refresh = Aggiorna
notify-waits = Avvisami delle attese lunghe
bulk-bar = Agisci sulle sessioni selezionate
bulk-cancel-selected = Annulla azione sulle sessioni selezionate
bulk-hold-selected = Metti in attesa le selezionate
bulk-close-selected = Chiudi le selezionate
bulk-select-pending = Ogni riga con una mia azione in sospeso
no-sessions-match = Nessuna sessione corrisponde a questi filtri.
no-sessions-here = Nessuna sessione qui in questo momento.
picker = Tecnici, gruppi e canali
bulk-selected = { $count ->
        [one] { $count } sessione selezionata
       *[other] { $count } sessioni selezionate
    }
bulk-not-allowed = Non tutte le sessioni selezionate lo consentono
wait-notice = Sessione { $session }: cliente { $mark }

lead-mark = {" "}(principale)
more-actions = Altro
select-session = Seleziona la sessione { $session }
loading-sessions = Caricamento delle sessioni…
sessions-page-title = Sessioni — { -product }
bad-sort = sort deve essere uno tra { $keys }, non «{ $sort }».
bad-dir = dir deve essere asc o desc, non «{ $dir }».
search-too-long = Il testo di ricerca è troppo lungo (al massimo 200 lettere).

## Selettori e barra superiore

language = Lingua
language-change = Cambia lingua
language-unknown = Scegli una lingua parlata dalla dashboard: { $tags }.
back-invalid = Non è possibile tornare a quell'indirizzo di pagina.
theme-unknown = Scegli lo schema di colori: system, light o dark.
theme = { $theme ->
        [light] Chiaro
        [dark] Scuro
       *[system] Sistema
    }
theme-picker = Schema di colori
theme-colours = Colori:

nav-sections = Sezioni
nav-sessions = Sessioni
nav-history = Cronologia
nav-reports = Report
nav-outcomes = Esiti
node-unnamed = Nodo { $id }
not-found = Pagina non trovata
not-found-text = Non c'è nulla a questo indirizzo.
go-to-sign-in = Vai all'accesso
sign-in-needed = Devi accedere.
back-to-sessions = ← Torna alle sessioni
dashboard-unreachable = Non è stato possibile raggiungere il server. Controlla la connessione e riprova.

## La conferma

waiting-in-queue = — (in attesa in una coda)
target-technician = Tecnico che la avvia
target-transfer = Trasferisci a
target-channel = Canale: { $name }
pick-one = Scegli…
transfer-comment = Commento per il tecnico che la riceve
keep-it = Mantienila
close-dialog = Chiudi
loading-session = Caricamento della sessione…
no-node = L'indirizzo non indica alcun nodo.

## Pagine delle azioni in blocco

picks-none = Scegli almeno una sessione: non è stato inviato nulla a { -rescue }.
picks-too-many = Si possono cambiare al massimo { $most } sessioni alla volta, e ne sono state scelte { $chosen }: non è stato inviato nulla a { -rescue }. Restringi l'elenco con i suoi filtri, oppure scegline meno.
picks-bad = «{ $value }» non è una sessione dell'elenco (un ID di sessione e l'ID del suo tecnico, come 1073200000:337202): non è stato inviato nulla a { -rescue }.
loading-the-sessions = Caricamento delle sessioni…
bulk-action = Azione in blocco
bulk-page-title = Azione in blocco — { -product }
page-title = { $page } — { -product }
bulk-confirm = Conferma: { $label }
keep-them = Mantienile
bulk-question = { $label }?
the-sessions = Le sessioni
bulk-results-title = { $label }: risultati — { -product }
bulk-results = { $label }: risultati
bulk-each-outcome = L'esito di ogni sessione
waiting-for-rescue = In attesa di { -rescue }…
col-your-pending = La tua azione in sospeso
col-outcome = Esito
nothing-sent-title = Non è stato inviato nulla — { -product }
session-record = Scheda della sessione

## Cronologia

loading-history = Caricamento della cronologia…
history-charts = Grafici delle azioni filtrate
history-heading = Cronologia delle azioni
history-filter = Filtra la cronologia
from-utc = Dal (UTC)
to-utc = Al (UTC)
col-admin = Amministratore
col-action = Azione
session-id = ID di sessione
delivery = Consegna al SIEM
history-table = Azioni, la più recente per prima
export-csv = Esporta CSV
col-time-utc = Ora (UTC)
col-latency = Latenza
col-as-listed = Sessione come elencata
pager = Pagine dell'elenco
pager-newest = ← Più recenti
pager-older = Meno recenti →
none-value = (nessuno)
chart-numbers = Numeri
chart-total = Totale
chart-over-time-utc = Esiti nel tempo (UTC)
chart-over-time = Esiti nel tempo
chart-day = Giorno
chart-by = { $noun ->
        [admin] Esiti per amministratore
       *[technician] Esiti per tecnico
    }
chart-group = { $noun ->
        [admin] Amministratore
       *[technician] Tecnico
    }

## Pagine degli esiti delle sessioni

outcomes-heading = Esiti delle sessioni
outcomes-search = Cliente, campi, ID di tracciamento, note
outcomes-table = Sessioni inviate da { -rescue }, la più recente per prima
col-last-post = Ultimo invio (UTC)
col-waiting = Attesa
col-pickup = Presa in carico
col-work-time = Tempo di lavoro
col-posts = Invii
custom-field = Campo personalizzato { $n }
technician-email = E-mail del tecnico
tracking-id = ID di tracciamento
waiting-time = Tempo di attesa
pickup-time = Tempo di presa in carico
session-heading = Sessione { $session }
session-glance = La sessione in breve
technician-notes = Note del tecnico
chat = Chat
what-rescue-sent = Cosa ha inviato { -rescue } ({ $posts })
delete-record-summary = Elimina la scheda di questa sessione…
delete-record-explanation = L'eliminazione rimuove ogni invio di { -rescue } per questa sessione (per la richiesta di un cliente di cancellare i propri dati). Chi l'ha eliminata e quando viene conservato.
delete-record = Elimina la scheda
actions-here = Azioni tramite questa dashboard
none-sentence = Nessuna.
action-log-line = { $when } — { $action } da { $admin }: { $outcome }
in-the-history = Nella cronologia →
field-name = { $field ->
        [from] Dal
        [to] Al
        [session] Sessione
        [outcome] Esito
        [admin] Amministratore
        [action] Azione
        [technician] Tecnico
        [delivery] Consegna
       *[search] Ricerca
    }
bad-session-filter = Sessione deve essere un ID di sessione (solo cifre), non «{ $value }».
bad-delivery = Consegna deve essere «waiting» o «dead».
text-too-long = { $name } è troppo lungo o contiene caratteri di controllo (al massimo { $most } lettere).
chart-per-technician = Sessioni per tecnico
chart-per-day = Sessioni al giorno (UTC, in base al primo invio)
chart-month = Mese
chart-waiting-times = Tempi di attesa
all-technicians = Tutti i tecnici
summary = Riepilogo
summary-caption = Sessioni e tempi per tecnico
median-waiting = Attesa mediana
median-pickup = Presa in carico mediana
median-work = Tempo di lavoro mediano
total-work = Tempo di lavoro totale
outcomes-charts = Grafici delle sessioni filtrate


## Report

loading-report = Caricamento del report…
report-heading = Report delle sessioni
report-choose = Scegli il report
report-target = Tecnico, gruppo o canale
whole-account = Intero account
show-report = Mostra report
report-fetched = { $total } sessioni, ottenute da { -rescue } alle { $at }.
fetch-again = Ottieni di nuovo
by-status = Per stato
resolved = Risolte
resolved-count = { $resolved } risolte, { $unresolved } non risolte
by-technician = Per tecnico
median-total = Totale mediano
report-sessions = Sessioni nel report
queue = (coda)
skip-link = Vai al contenuto principale
cross-site-refused = Questa richiesta proveniva da un altro sito ed è stata rifiutata. Usa le pagine di { -product }.
sign-in-too-large = Il modulo di accesso è molto più grande di qualsiasi accesso a { -rescue }; non è stato inviato nulla a { -rescue }.
