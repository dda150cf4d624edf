# Rescue Console — Deutsch. Übersetzt mit Sorgfalt aus en.ftl; Korrekturen einer Firma gehören
# in diese Datei (siehe docs/features.md). Werte in { $… } setzt das Dashboard ein.

-rescue = Rescue
-product = Rescue Console

## Dauer und Zeiten

duration-seconds-spoken = { $s ->
        [one] { $s } Sekunde
       *[other] { $s } Sekunden
    }
duration-minutes-spoken = { $m ->
        [one] { $m } Minute
       *[other] { $m } Minuten
    }
duration-s = { $s } s
duration-min = { $m } Min.
duration-min-s = { $m } Min. { $s } s
duration-h-min = { $h } Std. { $m } Min.
utc-time = { $time } UTC
date-time = { $day }.{ $month }.{ $year } { $time }
latency = { $ms } ms

## Anzahlen

row-count = { $total ->
        [one] { $total } Zeile.
       *[other] { $total } Zeilen.
    }
row-count-narrowed = { $shown } von { $total } Zeilen passen.
history-count = { $count ->
        [0] Keine aufgezeichneten Aktionen passen.
        [one] { $count } Aktion, neueste zuerst.
       *[other] { $count } Aktionen auf dieser Seite, neueste zuerst.
    }
chart-others = Weitere ({ $count })
chart-summary = { $total } Aktionen { $what ->
        [over-time] im Zeitverlauf
        [by-admin] nach Admin
       *[by-technician] nach Techniker
    }, { $groups } { $noun ->
        [month] { $groups ->
            [one] Monat
           *[other] Monate
        }
        [day] { $groups ->
            [one] Tag
           *[other] Tage
        }
        [admin] { $groups ->
            [one] Admin
           *[other] Admins
        }
       *[technician] { $groups ->
            [one] Techniker
           *[other] Techniker
        }
    }: { $parts }.
malformed-rows = { $count } Zeile(n) von { -rescue } konnten nicht gelesen werden und werden nicht angezeigt.

## Aktionen auf Sitzungen

action-label = { $action ->
        [cancel] Aktion abbrechen
        [hold] Halten
        [close] Schließen
        [transfer] Übertragen
       *[start] Starten
    }
action-question = { $action ->
        [cancel] Die Aktion auf dieser Sitzung abbrechen?
        [hold] Diese Sitzung halten?
        [close] Diese Sitzung schließen?
        [transfer] Diese Sitzung übertragen?
       *[start] Diese Sitzung starten?
    }
action-explanation = { $action ->
        [cancel] { -rescue } verwirft die Aktion, die Sie auf dieser Sitzung angefordert haben (Halten, Schließen, Übertragen oder Starten), bevor die Konsole des Technikers sie ausführt.
        [hold] Die Konsole des Technikers hält die Sitzung. Bis dahin nimmt „Aktion abbrechen“ die Anforderung zurück.
        [close] Die Konsole des Technikers beendet die Sitzung für den Kunden. Bis dahin nimmt „Aktion abbrechen“ die Anforderung zurück.
        [transfer] Die Sitzung geht mit Ihrem Kommentar an den gewählten Techniker oder Kanal. Bis die Konsole das ausführt, nimmt „Aktion abbrechen“ sie zurück.
       *[start] Der gewählte Techniker übernimmt diese wartende Sitzung. Bis seine Konsole das tut, nimmt „Aktion abbrechen“ die Anforderung zurück.
    }
action-busy = { $action ->
        [cancel] Wird abgebrochen…
        [hold] Wird gehalten…
        [close] Wird geschlossen…
        [transfer] Wird übertragen…
       *[start] Wird gestartet…
    }
pending = { $action ->
        [cancel] Abbruch angefordert
        [hold] Halten angefordert
        [close] Schließen angefordert
        [transfer] Übertragung angefordert
       *[start] Start angefordert
    } um { $at }, ausstehend
pending-uncertain = { $action ->
        [cancel] Abbruch angefordert
        [hold] Halten angefordert
        [close] Schließen angefordert
        [transfer] Übertragung angefordert
       *[start] Start angefordert
    } um { $at }, Ergebnis unbekannt: prüfen Sie die Sitzung in { -rescue }
outcome-note-attempted = An { -rescue } gesendet; die Antwort steht noch aus.
outcome-note-unknown = Ergebnis unbekannt: Der Server wurde während des Aufrufs beendet. Prüfen Sie die Sitzung in { -rescue }.
the-technician = der Techniker
action-noun = { $action ->
        [cancel] Abbruch
        [hold] Halten
        [close] Schließen
        [transfer] Übertragung
       *[start] Start
    }
act-attempted = { $noun } auf Sitzung { $session } wurde an { -rescue } gesendet; die Antwort steht noch aus. Prüfen Sie den Status der Sitzung gleich, bevor Sie es erneut versuchen.
act-unknown = Ergebnis unbekannt: Der Server des Dashboards wurde während { $noun } auf Sitzung { $session } beendet; niemand weiß, ob { -rescue } es ausgeführt hat. Prüfen Sie die Sitzung in { -rescue }, bevor Sie es erneut versuchen.
act-ok = { $action ->
        [cancel] Abgebrochen: Die auf Sitzung { $session } angeforderte Aktion wird nicht ausgeführt, und die Sitzung ist wieder wie zuvor.
        [hold] Halten angefordert: Die Konsole von { $tech } hält Sitzung { $session } in Kürze. Bis dahin nimmt „Aktion abbrechen“ es zurück.
        [close] Schließen angefordert: Die Konsole von { $tech } beendet Sitzung { $session } in Kürze. Bis dahin nimmt „Aktion abbrechen“ es zurück.
        [transfer] Übertragung angefordert: Sitzung { $session } geht mit Ihrem Kommentar weiter, sobald die Konsole es ausführt. Bis dahin nimmt „Aktion abbrechen“ es zurück.
       *[start] Start angefordert: Der gewählte Techniker übernimmt Sitzung { $session } in Kürze. Bis dahin nimmt „Aktion abbrechen“ es zurück.
    }
act-error = { -rescue } meldete einen Fehler und hat { $noun } auf Sitzung { $session } nicht bestätigt. Prüfen Sie den Status der Sitzung, bevor Sie es erneut versuchen.
act-not-admin = { $action ->
        [cancel] Ihr { -rescue }-Konto ist kein Administrator und kann daher keine Aktionen abbrechen. Bitten Sie einen { -rescue }-Administrator darum, oder melden Sie sich mit einem Administratorkonto an.
       *[other] Ihr { -rescue }-Konto ist kein Administrator, daher hat { -rescue } { $noun } abgelehnt. Bitten Sie einen { -rescue }-Administrator darum, oder melden Sie sich mit einem Administratorkonto an.
    }
act-failed = { $action ->
        [cancel] { -rescue } konnte auf Sitzung { $session } nicht abbrechen: { $tech } ist offline oder die Technician Console läuft nicht, oder dort steht keine Aktion von Ihnen aus.
        [hold] { -rescue } konnte Sitzung { $session } nicht halten: Sie ist vielleicht schon gehalten oder hat eine andere ausstehende Aktion, oder die Technician Console von { $tech } läuft nicht.
        [close] { -rescue } konnte Sitzung { $session } nicht schließen: { $tech } ist offline oder die Technician Console läuft nicht, oder eine andere Aktion steht darauf aus.
        [transfer] { -rescue } konnte Sitzung { $session } nicht übertragen: { $tech } ist offline oder die Technician Console läuft nicht, oder eine andere Aktion steht darauf aus.
       *[start] { -rescue } konnte Sitzung { $session } nicht starten: Der gewählte Techniker ist offline oder seine Technician Console läuft nicht, oder die Sitzung wartet nicht mehr.
    }
act-invalid-session = { -rescue } kennt Sitzung { $session } nicht: Sie wurde vielleicht beendet und entfernt. Aktualisieren Sie die Liste.
act-invalid-node = { $action ->
        [transfer] { -rescue } hat das Übertragungsziel abgelehnt: Diesen Techniker oder Kanal gibt es in Ihrem Konto nicht (oder er ist von der anderen Art). Wählen Sie ein anderes.
       *[other] { -rescue } kennt den gewählten Techniker nicht, daher wurde die Sitzung nicht gestartet. Wählen Sie einen anderen.
    }
act-invalid-authcode = { -rescue } akzeptiert Ihr API-Token oder Ihren Authcode nicht mehr (vielleicht wurde er durch einen neueren ersetzt). Melden Sie sich ab und wieder an.
act-user-gone = Ihr { -rescue }-Benutzer wurde gelöscht oder deaktiviert, daher hat { -rescue } { $noun } abgelehnt. Wenden Sie sich an Ihren { -rescue }-Administrator.
act-undocumented = { -rescue } antwortete { $code }, ein Grund, den dieses Dashboard nicht kennt. { $noun } auf Sitzung { $session } wurde vielleicht nicht ausgeführt: prüfen Sie den Status.
act-no-answer = { $failure ->
        [timeout] { -rescue } hat nicht rechtzeitig geantwortet. { $noun } auf Sitzung { $session } ist vielleicht geschehen, vielleicht nicht: prüfen Sie die Sitzung, bevor Sie es erneut versuchen.
        [unreachable] { -rescue } ist von diesem Server aus gerade nicht erreichbar, daher { $action ->
            [cancel] wurde nichts abgebrochen
           *[other] wurde nichts gesendet
        }. Versuchen Sie es später erneut.
        [rate-limited] { -rescue } bittet gerade um weniger Anfragen (HTTP 429), daher { $action ->
            [cancel] wurde nichts abgebrochen
           *[other] wurde nichts gesendet
        }. Warten Sie eine Minute und versuchen Sie es dann erneut.
        [broken] Die Verbindung zu { -rescue } brach während { $noun } ab. Auf Sitzung { $session } ist es vielleicht geschehen, vielleicht nicht: prüfen Sie das, bevor Sie es erneut versuchen.
        [too-large] Die Antwort von { -rescue } war zu groß zum Lesen; das Dashboard weiß nicht, ob { $noun } auf Sitzung { $session } geschehen ist: prüfen Sie die Sitzung.
       *[unreadable] Die Antwort von { -rescue } war nicht verständlich. { $noun } auf Sitzung { $session } ist vielleicht geschehen, vielleicht nicht: prüfen Sie die Sitzung.
    }
act-redirected = { -rescue } antwortete mit einer Weiterleitung (HTTP { $status }), der dieses Dashboard nie folgt, daher { $action ->
        [cancel] wurde nichts abgebrochen
       *[other] wurde nichts gesendet
    }. Informieren Sie Ihren Administrator: Die eingerichtete { -rescue }-Adresse ist vielleicht falsch.
act-http-status = { -rescue } hat Probleme (HTTP { $status }). { $noun } auf Sitzung { $session } wurde wahrscheinlich nicht ausgeführt: prüfen Sie die Sitzung und versuchen Sie es dann erneut.
interrupted = Ein früherer Klick auf diese Schaltfläche wurde unterbrochen; { -rescue } hat ihn vielleicht erhalten, vielleicht nicht. Prüfen Sie den Status der Sitzung, bevor Sie es erneut versuchen.

## Speicher und Interna

shared-store-unavailable = Der gemeinsame Speicher des Dashboards ist gerade nicht erreichbar, daher wurde nichts an { -rescue } gesendet. Versuchen Sie es gleich erneut, oder informieren Sie Ihren Administrator.
shared-store-unavailable-read = Der gemeinsame Speicher des Dashboards ist gerade nicht erreichbar, daher wurde kein Bericht bei { -rescue } angefordert. Versuchen Sie es gleich erneut, oder informieren Sie Ihren Administrator.
session-store-down = Das Dashboard kann seine Anmeldungen gerade nicht lesen (sein Sitzungsspeicher ist nicht erreichbar), daher wurde nichts geändert. Versuchen Sie es gleich erneut, oder informieren Sie Ihren Administrator.
shared-store-unavailable-sign-in = Der gemeinsame Speicher des Dashboards ist gerade nicht erreichbar, daher kann sich niemand anmelden. Versuchen Sie es gleich erneut, oder informieren Sie Ihren Administrator.
audit-unavailable = Das Prüfprotokoll kann gerade nicht geschrieben werden, daher wurde nichts an { -rescue } gesendet: Jede Aktion wird aufgezeichnet, bevor sie ausgeführt wird. Versuchen Sie es gleich erneut, oder informieren Sie Ihren Administrator.
session-not-saved = die Dashboard-Sitzung konnte nicht gespeichert werden; versuchen Sie es erneut
form-invalid = Das gesendete Formular ist unvollständig oder ungültig. Laden Sie die Seite neu und versuchen Sie es erneut.
page-link-invalid = Der Seitenlink ist ungültig; beginnen Sie bei den neuesten.
history-unreadable = Der Verlauf kann gerade nicht gelesen werden. Versuchen Sie es gleich erneut.
internal = Das Dashboard konnte diese Anfrage nicht bearbeiten. Versuchen Sie es gleich erneut.

## Die Uhr der Liste

updated-refreshing = Wird aktualisiert…
updated-unanswered = Aktualisierung fehlgeschlagen: Das Dashboard hat nicht geantwortet. Angezeigt wird die Liste von vor { $age }
updated-just-now = Gerade aktualisiert
updated-ago = Vor { $age } aktualisiert
updated-paused = { $age } · automatische Aktualisierung pausiert, während Sie bestätigen
updated-every = { $age } · aktualisiert alle { $secs } s

## Lesen aus Rescue

transport-timeout = { -rescue } hat nicht rechtzeitig geantwortet. Nichts wurde geändert; versuchen Sie es gleich erneut.
transport-unreachable = { -rescue } ist von diesem Server aus gerade nicht erreichbar. Versuchen Sie es später erneut.
transport-rate-limited = { -rescue } bittet gerade um weniger Anfragen. Warten Sie eine Minute und versuchen Sie es dann erneut.
transport-redirected = { -rescue } antwortete mit einer Weiterleitung (HTTP { $status }), der dieses Dashboard nie folgt, daher wurde nichts weitergesendet. Informieren Sie Ihren Administrator: Die eingerichtete { -rescue }-Adresse ist vielleicht falsch.
transport-http-status = { -rescue } hat Probleme (HTTP { $status }). Versuchen Sie es später erneut.
transport-no-session = { -rescue } hat die Anmeldung akzeptiert, aber keine Sitzung begonnen. Versuchen Sie es erneut.
transport-too-large = Die Antwort von { -rescue } war zu groß zum Lesen, daher wird nichts angezeigt. Grenzen Sie die Anfrage ein (ein Techniker oder eine Gruppe statt aller), oder informieren Sie Ihren Administrator.
transport-unreadable = Die Antwort von { -rescue } war nicht verständlich. Versuchen Sie es erneut; falls es wieder geschieht, informieren Sie Ihren Administrator.
list-invalid-node = { -rescue } kennt diesen Techniker, diese Gruppe oder diesen Kanal nicht.
list-user-gone = Ihr { -rescue }-Benutzer wurde gelöscht oder deaktiviert.
list-invalid-authcode = { -rescue } akzeptiert Ihr API-Token oder Ihren Authcode nicht mehr.
list-not-logged-in = Ihre { -rescue }-Anmeldung ist abgelaufen.
list-error = { -rescue } meldete beim Auflisten der Sitzungen einen Fehler. Versuchen Sie es erneut.
list-undocumented = { -rescue } hat die Liste mit einem Grund abgelehnt, den dieses Dashboard nicht kennt ({ $code }).
nothing-to-list = Ihr { -rescue }-Konto hat keine Techniker oder Kanäle zum Auflisten.
no-targets = { -rescue } hat seine Techniker und Kanäle nicht aufgelistet, daher gibt es nichts zu wählen. Versuchen Sie es gleich erneut.
login-expired = Ihre { -rescue }-Anmeldung ist nach 20 Minuten ohne Aktivität abgelaufen. Melden Sie sich erneut an, um dort weiterzumachen, wo Sie waren.

## Adressen

address-bad-id = { $field } in der Adresse ist ungültig: { $why }.
address-bad-noderef = noderef muss NODE oder CHANNEL sein.
address-bad-day = { $name } muss ein Datum wie 2026-11-28 sein, nicht „{ $value }“.
address-backwards = Der Zeitraum ist verkehrt herum: { $from } liegt nach { $to }.

## Berichte

report-wait-copy = { -rescue } erlaubt einen Bericht pro Minute und Anmeldung; dies ist die um { $at } abgerufene Kopie. Ein neuer kann in { $secs } s abgerufen werden.
report-wait = { -rescue } erlaubt einen Bericht pro Minute und Anmeldung. Dieser Bericht kann in { $secs } s abgerufen werden.
report-invalid-format = { -rescue } konnte die Daten des Berichts nicht lesen (INVALIDFORMAT). Wählen Sie die Tage erneut im Kalender.
report-invalid-range = { -rescue } hat den Zeitraum des Berichts abgelehnt (INVALIDDATERANGE): Der erste Tag darf nicht nach dem letzten liegen. Wählen Sie die Tage erneut.
report-user-gone = { -rescue } hat die Berichtseinstellungen abgelehnt: Ihr { -rescue }-Benutzer wurde gelöscht oder deaktiviert (USER_DELETED_OR_DISABLED).
report-settings-refused = { -rescue } hat die Berichtseinstellungen abgelehnt ({ $code }). Versuchen Sie es gleich erneut.
report-refused = { -rescue } konnte den Bericht nicht erstellen ({ $code }). Versuchen Sie es in einer Minute erneut.
reports-need-password = { -rescue } erstellt für ein API-Token oder einen Authcode dieses Kontos keine Berichte. Melden Sie sich ab und mit E-Mail und Passwort wieder an, um Berichte zu sehen.
report-unknown-node = { -rescue } kennt diesen Knoten nicht; wählen Sie einen anderen aus der Liste.
report-form-hint = Wählen Sie das ganze Konto, einen Techniker, eine Gruppe oder einen Kanal und die Tage, dann „Bericht anzeigen“. { -rescue } erstellt einen Bericht pro Minute und Anmeldung.
report-not-fetched = Dieser Bericht wurde noch nicht abgerufen: Öffnen Sie ihn zuerst auf der Berichtsseite.

## Anmelden

signed-in = Angemeldet.
login-invalid = E-Mail oder Passwort stimmen nicht. Prüfen Sie beides und versuchen Sie es erneut.
login-ip-restricted = { -rescue } hat die Anmeldung abgelehnt: Ihr { -rescue }-Konto akzeptiert Anmeldungen nur von erlaubten IP-Adressen, und der Server dieses Dashboards gehört nicht dazu. Bitten Sie den Inhaber Ihres { -rescue }-Kontos, die Adresse des Servers zu erlauben.
login-error = { -rescue } meldete bei der Anmeldung einen Fehler. Versuchen Sie es gleich erneut.
login-undocumented = { -rescue } hat die Anmeldung mit einem Grund abgelehnt, den dieses Dashboard nicht kennt ({ $code }).
token-invalid = { -rescue } akzeptiert dieses Token oder diesen Authcode nicht: Vielleicht ist er falsch eingegeben oder durch einen neueren ersetzt.
token-user-gone = Der { -rescue }-Benutzer dieses Tokens wurde gelöscht oder deaktiviert.
token-not-accepted = { -rescue } hat dieses Token oder diesen Authcode nicht akzeptiert.
token-error = { -rescue } meldete beim Prüfen des Tokens einen Fehler. Versuchen Sie es gleich erneut.
token-undocumented = { -rescue } hat das Token mit einem Grund abgelehnt, den dieses Dashboard nicht kennt ({ $code }).
too-many-failures = Zu viele fehlgeschlagene Anmeldungen von Ihrer Netzwerkadresse. Warten Sie { $wait }, bevor Sie es erneut versuchen.
rescue-limit = { -rescue } erlaubt höchstens 10 Anmeldungen in 3 Minuten pro Konto, und dieses Konto hat das erreicht. Warten Sie { $wait } und versuchen Sie es dann erneut.
lifetime-over = Ihre Anmeldung hier gilt höchstens { $most }, und diese Zeit ist um. Melden Sie sich erneut an, um dort weiterzumachen, wo Sie waren.
idle-over = Sie waren länger als { $idle } abwesend und wurden daher abgemeldet. Melden Sie sich erneut an, um dort weiterzumachen, wo Sie waren.
signed-out = Sie sind abgemeldet.
login-revoked = { -rescue } akzeptiert Ihre Anmeldung nicht mehr (sie wurde dort beendet, oder das Konto wurde deaktiviert). Melden Sie sich erneut an, um fortzufahren.
field-fields = Geben Sie Ihre { -rescue }-E-Mail und Ihr Passwort ein.
field-email = Das ist keine E-Mail-Adresse, die { -rescue } haben könnte (höchstens 254 Zeichen, eine Zeile).
field-password = Dieses Passwort ist länger als jedes, das { -rescue } akzeptiert (höchstens 256 Zeichen).
field-token = Fügen Sie das API-Token oder den Authcode ein: ein Wort, ohne Leerzeichen, höchstens 512 Zeichen.
not-allowed = { -rescue } hat dieses Konto akzeptiert, aber es gehört nicht zu den Admins, die dieses Dashboard verwenden dürfen. Nichts wurde gespeichert; bitten Sie die Betreiber von { -product }, es hinzuzufügen.
token-owner-unknown = { -rescue } hat nicht gesagt, wem dieses Token gehört, und dieses Dashboard lässt nur eingetragene Admins zu. Melden Sie sich stattdessen mit Ihrer { -rescue }-E-Mail und Ihrem Passwort an.
sso-provider = { $provider } hat Sie nicht angemeldet ({ $code }). Nichts wurde gespeichert; versuchen Sie es erneut, oder fragen Sie die Betreiber Ihres Identitätsanbieters.
sso-undocumented = { -rescue } hat das Single Sign-on mit einem Grund abgelehnt, den dieses Dashboard nicht kennt ({ $code }).
sso-refusal = { $why ->
        [cancelled] { $provider } hat Sie nicht angemeldet (Sie oder der Anbieter haben abgebrochen). Nichts wurde gespeichert.
        [state] Diese Anmeldung über { $provider } ist abgelaufen, wurde schon verwendet oder in einem anderen Browser begonnen. Beginnen Sie erneut mit der Anmeldeschaltfläche.
        [code] { $provider } hat den Code dieser Anmeldung nicht akzeptiert (vielleicht schon verwendet oder abgelaufen). Beginnen Sie erneut mit der Anmeldeschaltfläche.
        [no-id-token] { $provider } hat geantwortet, ohne zu sagen, wer Sie sind (kein ID-Token). Bitten Sie die Betreiber Ihres Identitätsanbieters, den Scope „openid“ für dieses Dashboard zu erlauben.
        [issuer] Die Antwort kam nicht wie eingerichtet von { $provider } (falscher Aussteller) und wurde daher nicht akzeptiert. Nichts wurde gespeichert.
        [audience] Die Antwort von { $provider } war für eine andere Anwendung bestimmt (falsche Zielgruppe) und wurde daher nicht akzeptiert. Nichts wurde gespeichert.
        [expired] Die Antwort von { $provider } war bereits abgelaufen. Prüfen Sie die Uhr dieses Servers und beginnen Sie dann erneut mit der Anmeldeschaltfläche.
        [signature] Die Antwort von { $provider } ist nicht von ihm signiert und wurde daher nicht akzeptiert. Nichts wurde gespeichert.
        [nonce] Die Antwort von { $provider } gehört zu einer anderen Anmeldung und wurde daher nicht akzeptiert. Beginnen Sie erneut mit der Anmeldeschaltfläche.
        [unverified] { $provider } hat die E-Mail-Adresse Ihres Kontos nicht bestätigt und kann Sie daher hier nicht anmelden. Bitten Sie die Betreiber Ihres Identitätsanbieters, sie zu bestätigen.
        [claim] { $provider } hat nicht gesagt, welche { -rescue }-Single-Sign-on-ID Ihre ist (der Claim, den dieses Dashboard liest, fehlt oder ist leer).
        [not-allowed] { $provider } hat Sie angemeldet, aber Ihr Konto gehört nicht zu den Admins, die dieses Dashboard verwenden dürfen. Nichts wurde gespeichert; bitten Sie die Betreiber von { -product }, es hinzuzufügen.
        [unreachable] { $provider } ist von diesem Server aus gerade nicht erreichbar. Versuchen Sie es später erneut.
        [store] Dieser Server erreicht seinen gemeinsamen Speicher gerade nicht, daher kann sich niemand anmelden. Versuchen Sie es gleich erneut.
        [rescue-invalid] { $provider } hat Sie angemeldet, aber { -rescue } hat das Single Sign-on nicht akzeptiert: Ihr { -rescue }-Konto hat vielleicht eine andere Single-Sign-on-ID oder ist deaktiviert, oder das SSO-Passwort oder die Firmen-ID dieses Dashboards passt nicht zu den globalen Einstellungen von { -rescue }.
        [company] { -rescue } hat die Firmen-ID dieses Dashboards abgelehnt (RESCUE_COMPANY_ID). Bitten Sie die Betreiber von { -product }, sie mit den globalen Einstellungen von { -rescue } abzugleichen.
       *[rescue-error] { -rescue } meldete bei der Anmeldung per Single Sign-on einen Fehler. Versuchen Sie es gleich erneut.
    }
password-refused-try-sso = E-Mail oder Passwort stimmen nicht. Wenn sich Ihre Firma über { $provider } anmeldet, verwenden Sie stattdessen die Schaltfläche „Mit { $provider } anmelden“: Konten mit Single Sign-on haben kein { -rescue }-Passwort.
method-off = Diese Art der Anmeldung ist hier ausgeschaltet. Verwenden Sie eine der Arten, die die Anmeldeseite anbietet.

## Sammelaktionen

bulk-explanation = { -rescue } wird für jede Sitzung einmal gefragt, vier gleichzeitig, und jeder Aufruf wird zuerst im Prüfprotokoll aufgezeichnet. Die Antwort jeder Sitzung erscheint auf der nächsten Seite, sobald sie eintrifft; nichts wird wiederholt.
login-expired-mid-run = Ihre { -rescue }-Anmeldung ist während dieses Laufs abgelaufen, daher wurden die noch nicht gesendeten Sitzungen nicht geändert. Melden Sie sich erneut an und wählen Sie sie dann erneut.
run-gone = Diese Ergebnisse sind nicht mehr hier (sie werden nur für die letzte Sammelaktion dieses Browsers aufbewahrt). Das Prüfprotokoll auf der Seite „Verlauf“ enthält jeden Aufruf, der gemacht wurde.
bulk-actions-only = Sammelaktionen sind Abbrechen, Halten und Schließen: Nichts wurde an { -rescue } gesendet.
bulk-no-list = Das Formular nennt keine Liste von Sitzungen: Nichts wurde an { -rescue } gesendet.
bulk-no-list-address = Die Adresse nennt keine Liste: Gehen Sie zurück zur Sitzungsseite und wählen Sie erneut.
nothing-pending = Keine Sitzung dieser Liste hat eine ausstehende Aktion von Ihnen: Es gibt nichts abzubrechen.
none-listed = Keine der gewählten Sitzungen ist hier noch aufgeführt: Sie wurden vielleicht beendet oder verschoben. Gehen Sie zurück zur Liste und aktualisieren Sie sie.
not-sent-gone = Sitzung { $session } ist hier nicht mehr aufgeführt (beendet oder verschoben) und wurde daher nicht an { -rescue } gesendet.
not-sent-expired = Sitzung { $session } wurde nicht gesendet: Ihre { -rescue }-Anmeldung ist abgelaufen.
left-out = Hier nicht mehr aufgeführt, ausgelassen: { $sessions } (vielleicht beendet oder verschoben).
bulk-label = { $action ->
        [cancel] Aktion abbrechen auf { $count ->
            [one] { $count } Sitzung
           *[other] { $count } Sitzungen
        }
        [hold] { $count ->
            [one] { $count } Sitzung
           *[other] { $count } Sitzungen
        } halten
       *[close] { $count ->
            [one] { $count } Sitzung
           *[other] { $count } Sitzungen
        } schließen
    }
not-possible = { $action ->
        [cancel] „Aktion abbrechen“ ist nicht für jede gewählte Sitzung möglich: { $refused } kann nicht abgebrochen werden.
        [hold] „Halten“ ist nicht für jede gewählte Sitzung möglich: { $refused } kann nicht gehalten werden.
       *[close] „Schließen“ ist nicht für jede gewählte Sitzung möglich: { $refused } kann nicht geschlossen werden.
    } Wählen Sie nur Sitzungen, die es erlauben: Nichts wurde an { -rescue } gesendet.
bulk-group = { $group ->
        [done] { $count } { $action ->
            [cancel] abgebrochen
            [hold] gehalten
           *[close] geschlossen
        }
        [offline] { $count } Techniker offline
        [gone] { $count ->
            [one] { $count } Sitzung verschwunden
           *[other] { $count } Sitzungen verschwunden
        }
        [not-admin] { $count } abgelehnt: kein Administrator
        [unknown] { $count } Ergebnis unbekannt oder unterwegs fehlgeschlagen
        [refused] { $count } von { -rescue } abgelehnt
       *[not-sent] { $count } nicht gesendet
    }
list-separator = {", "}
bulk-progress = { $answered } von { $total } bisher beantwortet · diese Seite aktualisiert sich alle 2 Sekunden, bis alle da sind

## Eine Aktion bestätigen

no-such-action = Diese Sitzungsaktion gibt es nicht: Die Aktionen sind cancel, hold, close, transfer und start.
bad-session-id = Die Sitzungs-ID ist ungültig: { $why }.
pick-technician = Wählen Sie den Techniker, der sie starten soll.
pick-target = Wählen Sie den Techniker oder Kanal, an den übertragen werden soll.
not-a-target = Das Ziel `{ $target }` ist kein Techniker und kein Kanal.
bad-target = Das Ziel ist ungültig: { $why }.
only-technicians-start = Nur ein Techniker kann eine Sitzung starten, kein Kanal.
comment-too-long = Der Kommentar ist { $length } Zeichen lang; { -rescue } nimmt höchstens { $most }.
comment-one-line = Der Kommentar muss eine Zeile Text sein (ohne Zeilenumbrüche oder Steuerzeichen).
sign-in-first = Melden Sie sich zuerst an. Nichts wurde an { -rescue } gesendet.
expired-mid-action = Ihre { -rescue }-Anmeldung ist abgelaufen, daher wurde Sitzung { $session } nicht geändert. Melden Sie sich erneut an, um fortzufahren.
confirmation-invalid = Diese Bestätigung stammt nicht von diesem Dashboard, daher wurde nichts an { -rescue } gesendet. Öffnen Sie die Bestätigung erneut aus der Liste.
confirmation-expired = Diese Bestätigung ist älter als eine Stunde, daher wurde nichts an { -rescue } gesendet. Öffnen Sie sie erneut aus der Liste, um die Sitzung so zu sehen, wie sie jetzt ist.
confirmation-running = Diese Bestätigung wird bereits ausgeführt und wurde daher nicht erneut gesendet. Ihr Ergebnis erscheint in der Liste und im Verlauf.
already-done = Bereits erledigt: Diese Bestätigung wurde schon gesendet, daher wurde nichts erneut gesendet. { $first }
nothing-sent-marker = an { -rescue } gesendet
not-sent = { $why } Nichts wurde an { -rescue } gesendet.
answer-unrecorded = Die Antwort von { -rescue } konnte nicht ins Prüfprotokoll geschrieben werden, wo dieser Versuch mit unbekanntem Ergebnis erscheint; informieren Sie Ihren Administrator.
no-longer-listed = Sitzung { $session } ist hier nicht mehr aufgeführt: Sie wurde vielleicht beendet oder verschoben. Gehen Sie zurück zur Liste und aktualisieren Sie sie.

## Live-Listen und Aktionen anderer Admins

stream-signed-out = Melden Sie sich an, um diese Liste live zu verfolgen.
stream-no-list = Nennen Sie die zu verfolgende Liste: node und noderef (NODE oder CHANNEL).
live-updates = { $age } · live
news-mark = { $action ->
        [cancel] Aktion abbrechen
        [hold] Halten
        [close] Schließen
        [transfer] Übertragen
       *[start] Starten
    } durch { $by } — { $how ->
        [requested] angefordert
        [unknown] Ergebnis unbekannt, in { -rescue } prüfen
        [done] erledigt
        [refused] von { -rescue } abgelehnt
       *[no-answer] keine Antwort von { -rescue }
    } { $at }

## Wartende Kunden

waiting-mark = wartet { $age }
wait-alerts = { $count ->
        [one] { $count } Kunde wartet
       *[other] { $count } Kunden warten
    } länger als { $limit }
sessions-title = { $alerts ->
        [0] Sitzungen — { $node }
       *[other] ({ $alerts }) Sitzungen — { $node }
    }

## Sitzungsergebnisse (Post to URL)

outcome-id-invalid = Das ist keine { -rescue }-Sitzungs-ID: Sie ist eine Zahl, wie die Sitzungsliste sie zeigt.
outcome-unreadable = Der Datensatz der Sitzung kann gerade nicht gelesen werden. Versuchen Sie es gleich erneut.
outcome-not-deleted = Der Datensatz der Sitzung konnte gerade nicht gelöscht werden; nichts wurde entfernt. Versuchen Sie es gleich erneut.
outcomes-count = { $count ->
        [0] Keine von { -rescue } gemeldeten Sitzungen passen.
        [one] { $count } Sitzung, zuletzt gemeldete zuerst.
       *[other] { $count } Sitzungen auf dieser Seite, zuletzt gemeldete zuerst.
    }
posts = { $count ->
        [one] { $count } Meldung
       *[other] { $count } Meldungen
    }
outcome-deleted = Der Datensatz dieser Sitzung wurde von { $admin } um { $at } gelöscht ({ $posts }).
outcome-not-found = Über Sitzung { $session } ist nichts gespeichert: { -rescue } hat sie diesem Dashboard nicht gemeldet, und hier wurde keine Aktion auf ihr ausgeführt.
counts-summary = { $total } Sitzungen nach { $group ->
        [day] Tag
        [waiting] Wartezeit
       *[technician] Techniker
    } ({ $groups } angezeigt); die meisten, { $most }, bei { $label }.
counts-summary-none = Keine Sitzungen nach { $group ->
        [day] Tag
        [waiting] Wartezeit
       *[technician] Techniker
    }.
outcomes-summary = { $sessions ->
        [one] { $sessions } Sitzung passt
       *[other] { $sessions } Sitzungen passen
    } zu den Filtern, bearbeitet von { $technicians ->
        [one] { $technicians } Techniker
       *[other] { $technicians } Technikern
    }.
waiting-unknown = { $count ->
        [one] { $count } Sitzung hat keine Wartezeit in ihren Meldungen.
       *[other] { $count } Sitzungen haben keine Wartezeit in ihren Meldungen.
    }
bucket-under = unter { $hi }
bucket-between = { $lo } bis { $hi }
bucket-over = { $lo } oder mehr
record-link = Datensatz von Sitzung { $session }
sign-in-incomplete = Das Anmeldeformular ist unvollständig.
session-action = Sitzungsaktion
confirm = Bestätigen

## Die Anmeldeseite

product = { -product }
sign-in-lede = Melden Sie sich mit Ihrem LogMeIn { -rescue }-Administratorkonto an.
demo-mode = Demomodus
sign-in-demo = Dieser Server spricht mit einem eingebauten { -rescue }-Simulator, nicht mit LogMeIn { -rescue }. Melden Sie sich als { $email } mit dem Passwort { $password } an.
signed-in-as = Sie sind angemeldet als { $email }.
go-to-sessions = Zu den Sitzungen
sign-out = Abmelden
sign-in-with = Mit { $provider } anmelden
email = E-Mail
password = Passwort
password-show = Anzeigen
password-hide = Verbergen
sign-in = Anmelden
signing-in = Anmeldung läuft…
sign-in-token-summary = Mit einem API-Token oder Authcode anmelden
token-label = API-Token oder Authcode
sign-in-with-token = Mit Token anmelden

## Die Sitzungsseite

sessions = Sitzungen
sessions-heading = Sitzungen — { $node }
filter-sessions = Sitzungen filtern
col-session = Sitzung
col-status = Status
col-technician = Techniker
col-channel = Kanal
col-in-status-for = Im Status seit
col-started = Begonnen
col-customer = Kunde
col-language = Sprache
col-actions = Aktionen
status-live = Aktiv (nicht beendet)
status-finished = Beendet
search-sessions = ID, Kunde, Felder suchen
apply = Anwenden
clear = Zurücksetzen
any = Alle
refresh = Aktualisieren
notify-waits = Bei langen Wartezeiten benachrichtigen
bulk-bar = Auf den gewählten Sitzungen handeln
bulk-cancel-selected = Aktion auf gewählten Sitzungen abbrechen
bulk-hold-selected = Gewählte halten
bulk-close-selected = Gewählte schließen
bulk-select-pending = Jede Zeile mit einer ausstehenden Aktion von mir
no-sessions-match = Keine Sitzungen passen zu diesen Filtern.
no-sessions-here = Gerade keine Sitzungen hier.
picker = Techniker, Gruppen und Kanäle
bulk-selected = { $count ->
        [one] { $count } Sitzung gewählt
       *[other] { $count } Sitzungen gewählt
    }
bulk-not-allowed = Nicht jede gewählte Sitzung erlaubt das
wait-notice = Sitzung { $session }: Kunde { $mark }
lead-mark = {" "}(Leitung)
more-actions = Mehr
select-session = Sitzung { $session } wählen
loading-sessions = Sitzungen werden geladen…
sessions-page-title = Sitzungen — { -product }
bad-sort = sort muss eines von { $keys } sein, nicht „{ $sort }“.
bad-dir = dir muss asc oder desc sein, nicht „{ $dir }“.
search-too-long = Der Suchtext ist zu lang (höchstens 200 Zeichen).

## Auswahl und Kopfleiste

language = Sprache
language-change = Sprache wechseln
language-unknown = Wählen Sie eine Sprache, die das Dashboard spricht: { $tags }.
back-invalid = Zu dieser Seitenadresse kann nicht zurückgekehrt werden.
theme-unknown = Wählen Sie das Farbschema: system, light oder dark.
theme = { $theme ->
        [light] Hell
        [dark] Dunkel
       *[system] System
    }
theme-picker = Farbschema
theme-colours = Farben:
nav-sections = Bereiche
nav-sessions = Sitzungen
nav-history = Verlauf
nav-reports = Berichte
nav-outcomes = Ergebnisse
node-unnamed = Knoten { $id }
not-found = Seite nicht gefunden
not-found-text = Unter dieser Adresse gibt es nichts.
go-to-sign-in = Zur Anmeldung
sign-in-needed = Sie müssen sich anmelden.
back-to-sessions = ← Zurück zu den Sitzungen
dashboard-unreachable = Der Server war nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.

## Die Bestätigung

waiting-in-queue = — (wartet in einer Warteschlange)
target-technician = Techniker, der sie startet
target-transfer = Übertragen an
target-channel = Kanal: { $name }
pick-one = Bitte wählen…
transfer-comment = Kommentar für den empfangenden Techniker
keep-it = Beibehalten
close-dialog = Schließen
loading-session = Sitzung wird geladen…
no-node = Die Adresse nennt keinen Knoten.

## Sammelseiten

picks-none = Wählen Sie mindestens eine Sitzung: Nichts wurde an { -rescue } gesendet.
picks-too-many = Höchstens { $most } Sitzungen können auf einmal geändert werden, und { $chosen } wurden gewählt: Nichts wurde an { -rescue } gesendet. Grenzen Sie die Liste mit ihren Filtern ein, oder wählen Sie weniger.
picks-bad = „{ $value }“ ist keine Sitzung der Liste (eine Sitzungs-ID und die ID ihres Technikers, etwa 1073200000:337202): Nichts wurde an { -rescue } gesendet.
loading-the-sessions = Sitzungen werden geladen…
bulk-action = Sammelaktion
bulk-page-title = Sammelaktion — { -product }
page-title = { $page } — { -product }
bulk-confirm = Bestätigen: { $label }
keep-them = Beibehalten
bulk-question = { $label }?
the-sessions = Die Sitzungen
bulk-results-title = { $label }: Ergebnisse — { -product }
bulk-results = { $label }: Ergebnisse
bulk-each-outcome = Das Ergebnis jeder Sitzung
waiting-for-rescue = Warten auf { -rescue }…
col-your-pending = Ihre ausstehende Aktion
col-outcome = Ergebnis
nothing-sent-title = Nichts wurde gesendet — { -product }
session-record = Sitzungsdatensatz

## Verlauf

loading-history = Verlauf wird geladen…
history-charts = Diagramme der gefilterten Aktionen
history-heading = Verlauf der Aktionen
history-filter = Verlauf filtern
from-utc = Von (UTC)
to-utc = Bis (UTC)
col-admin = Admin
col-action = Aktion
session-id = Sitzungs-ID
delivery = Zustellung an das SIEM
history-table = Aktionen, neueste zuerst
export-csv = CSV exportieren
col-time-utc = Zeit (UTC)
col-latency = Latenz
col-as-listed = Sitzung wie aufgeführt
pager = Seiten der Liste
pager-newest = ← Neueste
pager-older = Ältere →
none-value = (keiner)
chart-numbers = Zahlen
chart-total = Gesamt
chart-over-time-utc = Ergebnisse im Zeitverlauf (UTC)
chart-over-time = Ergebnisse im Zeitverlauf
chart-day = Tag
chart-by = { $noun ->
        [admin] Ergebnisse nach Admin
       *[technician] Ergebnisse nach Techniker
    }
chart-group = { $noun ->
        [admin] Admin
       *[technician] Techniker
    }

## Seiten der Sitzungsergebnisse

outcomes-heading = Sitzungsergebnisse
outcomes-search = Kunde, Felder, Tracking-ID, Notizen
outcomes-table = Von { -rescue } gemeldete Sitzungen, neueste zuerst
col-last-post = Letzte Meldung (UTC)
col-waiting = Wartezeit
col-pickup = Annahme
col-work-time = Arbeitszeit
col-posts = Meldungen
custom-field = Benutzerdefiniertes Feld { $n }
technician-email = E-Mail des Technikers
tracking-id = Tracking-ID
waiting-time = Wartezeit
pickup-time = Annahmezeit
session-heading = Sitzung { $session }
session-glance = Die Sitzung auf einen Blick
technician-notes = Notizen des Technikers
chat = Chat
what-rescue-sent = Was { -rescue } gesendet hat ({ $posts })
delete-record-summary = Datensatz dieser Sitzung löschen…
delete-record-explanation = Das Löschen entfernt jede Meldung, die { -rescue } für diese Sitzung gesendet hat (für die Bitte eines Kunden, seine Daten zu löschen). Wer wann gelöscht hat, bleibt gespeichert.
delete-record = Datensatz löschen
actions-here = Aktionen über dieses Dashboard
none-sentence = Keine.
action-log-line = { $when } — { $action } durch { $admin }: { $outcome }
in-the-history = Im Verlauf →
field-name = { $field ->
        [from] Von
        [to] Bis
        [session] Sitzung
        [outcome] Ergebnis
        [admin] Admin
        [action] Aktion
        [technician] Techniker
        [delivery] Zustellung
       *[search] Suche
    }
bad-session-filter = Sitzung muss eine Sitzungs-ID sein (nur Ziffern), nicht „{ $value }“.
bad-delivery = Zustellung muss „waiting“ oder „dead“ sein.
text-too-long = { $name } ist zu lang oder enthält Steuerzeichen (höchstens { $most } Zeichen).
chart-per-technician = Sitzungen pro Techniker
chart-per-day = Sitzungen pro Tag (UTC, nach erster Meldung)
chart-month = Monat
chart-waiting-times = Wartezeiten
all-technicians = Alle Techniker
summary = Zusammenfassung
summary-caption = Sitzungen und Zeiten pro Techniker
median-waiting = Median Wartezeit
median-pickup = Median Annahme
median-work = Median Arbeitszeit
total-work = Arbeitszeit gesamt
outcomes-charts = Diagramme der gefilterten Sitzungen

## Berichte

loading-report = Bericht wird geladen…
report-heading = Sitzungsbericht
report-choose = Bericht wählen
report-target = Techniker, Gruppe oder Kanal
whole-account = Ganzes Konto
show-report = Bericht anzeigen
report-fetched = { $total } Sitzungen, um { $at } von { -rescue } abgerufen.
fetch-again = Erneut abrufen
by-status = Nach Status
resolved = Gelöst
resolved-count = { $resolved } gelöst, { $unresolved } ungelöst
by-technician = Nach Techniker
median-total = Median Gesamtzeit
report-sessions = Sitzungen im Bericht
queue = (Warteschlange)
skip-link = Zum Hauptinhalt springen
cross-site-refused = Diese Anfrage kam von einer anderen Website und wurde abgelehnt. Verwenden Sie die Seiten von { -product } selbst.
sign-in-too-large = Das Anmeldeformular ist weit größer als jede { -rescue }-Anmeldung; nichts wurde an { -rescue } gesendet.

