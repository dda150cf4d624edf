# Rescue Console — Nederlands. Zorgvuldig vertaald uit en.ftl; correcties van een bedrijf horen
# in dit bestand (zie docs/features.md). De waarden in { $… } vult het dashboard in.

-rescue = Rescue
-product = Rescue Console

## Duur en tijden

duration-seconds-spoken = { $s ->
        [one] { $s } seconde
       *[other] { $s } seconden
    }
duration-minutes-spoken = { $m ->
        [one] { $m } minuut
       *[other] { $m } minuten
    }
duration-s = { $s } s
duration-min = { $m } min
duration-min-s = { $m } min { $s } s
duration-h-min = { $h } u { $m } min
utc-time = { $time } UTC
date-time = { $day }-{ $month }-{ $year } { $time }
latency = { $ms } ms

## Aantallen

row-count = { $total ->
        [one] { $total } rij.
       *[other] { $total } rijen.
    }
row-count-narrowed = { $shown } van { $total } rijen komen overeen.
history-count = { $count ->
        [0] Geen vastgelegde acties komen overeen.
        [one] { $count } actie, nieuwste eerst.
       *[other] { $count } acties op deze pagina, nieuwste eerst.
    }
chart-others = Overige ({ $count })
chart-summary = { $total } acties { $what ->
        [over-time] in de tijd
        [by-admin] per beheerder
       *[by-technician] per technicus
    }, { $groups } { $noun ->
        [month] { $groups ->
            [one] maand
           *[other] maanden
        }
        [day] { $groups ->
            [one] dag
           *[other] dagen
        }
        [admin] { $groups ->
            [one] beheerder
           *[other] beheerders
        }
       *[technician] { $groups ->
            [one] technicus
           *[other] technici
        }
    }: { $parts }.
malformed-rows = { $count } rij(en) van { -rescue } konden niet worden gelezen en worden niet getoond.

## Acties op sessies

action-label = { $action ->
        [cancel] Actie annuleren
        [hold] In de wacht zetten
        [close] Sluiten
        [transfer] Overdragen
       *[start] Starten
    }
action-question = { $action ->
        [cancel] De actie op deze sessie annuleren?
        [hold] Deze sessie in de wacht zetten?
        [close] Deze sessie sluiten?
        [transfer] Deze sessie overdragen?
       *[start] Deze sessie starten?
    }
action-explanation = { $action ->
        [cancel] { -rescue } laat de actie vallen die u op deze sessie hebt aangevraagd (in de wacht zetten, sluiten, overdragen of starten) voordat de console van de technicus die uitvoert.
        [hold] De console van de technicus zet de sessie in de wacht. Tot dat gebeurt, trekt Actie annuleren de aanvraag in.
        [close] De console van de technicus beëindigt de sessie voor de klant. Tot dat gebeurt, trekt Actie annuleren de aanvraag in.
        [transfer] De sessie gaat met uw opmerking naar de technicus of het kanaal dat u kiest. Tot de console dit uitvoert, trekt Actie annuleren het in.
       *[start] De technicus die u kiest, neemt deze wachtende sessie aan. Tot diens console dat doet, trekt Actie annuleren de aanvraag in.
    }
action-busy = { $action ->
        [cancel] Annuleren…
        [hold] In de wacht zetten…
        [close] Sluiten…
        [transfer] Overdragen…
       *[start] Starten…
    }
pending = { $action ->
        [cancel] Annuleren aangevraagd
        [hold] In de wacht zetten aangevraagd
        [close] Sluiten aangevraagd
        [transfer] Overdracht aangevraagd
       *[start] Starten aangevraagd
    } om { $at }, in behandeling
pending-uncertain = { $action ->
        [cancel] Annuleren aangevraagd
        [hold] In de wacht zetten aangevraagd
        [close] Sluiten aangevraagd
        [transfer] Overdracht aangevraagd
       *[start] Starten aangevraagd
    } om { $at }, resultaat onbekend: controleer de sessie in { -rescue }
outcome-note-attempted = Naar { -rescue } verzonden; het antwoord is nog niet binnen.
outcome-note-unknown = Resultaat onbekend: de server stopte tijdens de aanroep. Controleer de sessie in { -rescue }.
the-technician = de technicus
action-noun = { $action ->
        [cancel] annulering
        [hold] wachtstand
        [close] sluiting
        [transfer] overdracht
       *[start] start
    }

act-attempted = De actie ({ $noun }) op sessie { $session } is naar { -rescue } verzonden, maar het antwoord is nog niet binnen. Controleer zo de status van de sessie voordat u het opnieuw probeert.
act-unknown = Resultaat onbekend: de server van het dashboard stopte tijdens de actie ({ $noun }) op sessie { $session }, dus niemand weet of { -rescue } die heeft uitgevoerd. Controleer de sessie in { -rescue } voordat u het opnieuw probeert.
act-ok = { $action ->
        [cancel] Geannuleerd: de actie die u op sessie { $session } hebt aangevraagd, wordt niet uitgevoerd en de sessie is terug zoals ze was.
        [hold] In de wacht zetten aangevraagd: de console van { $tech } zet sessie { $session } zo in de wacht. Tot dan trekt Actie annuleren dit in.
        [close] Sluiten aangevraagd: de console van { $tech } beëindigt sessie { $session } zo. Tot dan trekt Actie annuleren dit in.
        [transfer] Overdracht aangevraagd: sessie { $session } gaat met uw opmerking mee zodra de console dit uitvoert. Tot dan trekt Actie annuleren dit in.
       *[start] Starten aangevraagd: de technicus die u koos, neemt sessie { $session } zo aan. Tot dan trekt Actie annuleren dit in.
    }
act-error = { -rescue } meldde een fout en bevestigde de actie ({ $noun }) op sessie { $session } niet. Controleer de status van de sessie voordat u het opnieuw probeert.
act-not-admin = { $action ->
        [cancel] Uw { -rescue }-account is geen beheerder en kan dus geen acties annuleren. Vraag een { -rescue }-beheerder dit te doen, of meld u aan met een beheerdersaccount.
       *[other] Uw { -rescue }-account is geen beheerder, dus { -rescue } weigerde de actie ({ $noun }). Vraag een { -rescue }-beheerder dit te doen, of meld u aan met een beheerdersaccount.
    }
act-failed = { $action ->
        [cancel] { -rescue } kon niet annuleren op sessie { $session }: { $tech } is offline of diens Technician Console draait niet, of er staat daar geen actie van u in behandeling.
        [hold] { -rescue } kon sessie { $session } niet in de wacht zetten: die staat misschien al in de wacht of heeft een andere actie in behandeling, of de Technician Console van { $tech } draait niet.
        [close] { -rescue } kon sessie { $session } niet sluiten: { $tech } is offline of diens Technician Console draait niet, of er staat een andere actie op in behandeling.
        [transfer] { -rescue } kon sessie { $session } niet overdragen: { $tech } is offline of diens Technician Console draait niet, of er staat een andere actie op in behandeling.
       *[start] { -rescue } kon sessie { $session } niet starten: de technicus die u koos is offline of diens Technician Console draait niet, of de sessie wacht niet meer.
    }
act-invalid-session = { -rescue } kent sessie { $session } niet: die is misschien beëindigd en verwijderd. Vernieuw de lijst.
act-invalid-node = { $action ->
        [transfer] { -rescue } weigerde het doel van de overdracht: die technicus of dat kanaal bestaat niet in uw account (of is van de andere soort). Kies een ander.
       *[other] { -rescue } kent de technicus die u koos niet, dus de sessie is niet gestart. Kies een ander.
    }
act-invalid-authcode = { -rescue } accepteert uw API-token of authcode niet meer (misschien is die door een nieuwere vervangen). Meld u af en opnieuw aan.
act-user-gone = Uw { -rescue }-gebruiker is verwijderd of uitgeschakeld, dus { -rescue } weigerde de actie ({ $noun }). Vraag het uw { -rescue }-beheerder.
act-undocumented = { -rescue } antwoordde { $code }, een reden die dit dashboard niet kent. De actie ({ $noun }) op sessie { $session } is mogelijk niet uitgevoerd: controleer de status.
act-no-answer = { $failure ->
        [timeout] { -rescue } antwoordde niet op tijd. De actie ({ $noun }) op sessie { $session } is misschien wel of niet gebeurd: controleer de sessie voordat u het opnieuw probeert.
        [unreachable] { -rescue } is op dit moment niet bereikbaar vanaf deze server, dus { $action ->
            [cancel] er is niets geannuleerd
           *[other] er is niets verzonden
        }. Probeer het later opnieuw.
        [rate-limited] { -rescue } vraagt op dit moment om minder verzoeken (HTTP 429), dus { $action ->
            [cancel] er is niets geannuleerd
           *[other] er is niets verzonden
        }. Wacht een minuut en probeer het dan opnieuw.
        [broken] De verbinding met { -rescue } werd verbroken tijdens de actie ({ $noun }). Die is misschien wel of niet gebeurd op sessie { $session }: controleer dit voordat u het opnieuw probeert.
        [too-large] Het antwoord van { -rescue } was te groot om te lezen, dus het dashboard weet niet of de actie ({ $noun }) op sessie { $session } is gebeurd: controleer de sessie.
       *[unreadable] Het antwoord van { -rescue } was niet te begrijpen. De actie ({ $noun }) op sessie { $session } is misschien wel of niet gebeurd: controleer de sessie.
    }
act-redirected = { -rescue } antwoordde met een doorverwijzing (HTTP { $status }), die dit dashboard nooit volgt, dus { $action ->
        [cancel] er is niets geannuleerd
       *[other] er is niets verzonden
    }. Meld het uw beheerder: het ingestelde { -rescue }-adres klopt misschien niet.
act-http-status = { -rescue } heeft problemen (HTTP { $status }). De actie ({ $noun }) op sessie { $session } is waarschijnlijk niet uitgevoerd: controleer de sessie en probeer het dan opnieuw.
interrupted = Een eerdere klik op deze knop werd onderbroken; { -rescue } heeft die misschien wel of niet ontvangen. Controleer de status van de sessie voordat u het opnieuw probeert.

## Opslag en interne werking

shared-store-unavailable = De gedeelde opslag van het dashboard is op dit moment niet bereikbaar, dus er is niets naar { -rescue } verzonden. Probeer het zo opnieuw of meld het uw beheerder.
shared-store-unavailable-read = De gedeelde opslag van het dashboard is op dit moment niet bereikbaar, dus er is geen rapport aan { -rescue } gevraagd. Probeer het zo opnieuw of meld het uw beheerder.
session-store-down = Het dashboard kan zijn aanmeldingen op dit moment niet lezen (de sessieopslag is niet bereikbaar), dus er is niets gewijzigd. Probeer het zo opnieuw of meld het uw beheerder.
shared-store-unavailable-sign-in = De gedeelde opslag van het dashboard is op dit moment niet bereikbaar, dus niemand kan zich aanmelden. Probeer het zo opnieuw of meld het uw beheerder.
audit-unavailable = Het auditlogboek kan op dit moment niet worden geschreven, dus er is niets naar { -rescue } verzonden: elke actie wordt vastgelegd voordat ze wordt uitgevoerd. Probeer het zo opnieuw of meld het uw beheerder.
session-not-saved = de dashboardsessie kon niet worden opgeslagen; probeer het opnieuw
form-invalid = Het verzonden formulier is onvolledig of ongeldig. Laad de pagina opnieuw en probeer het nog eens.
page-link-invalid = De paginalink is ongeldig; begin bij de nieuwste.
history-unreadable = De geschiedenis kon op dit moment niet worden gelezen. Probeer het zo opnieuw.
internal = Het dashboard kon dit verzoek niet afhandelen. Probeer het zo opnieuw.

## De klok van de lijst

updated-refreshing = Vernieuwen…
updated-unanswered = Vernieuwen mislukt: het dashboard antwoordde niet. De lijst van { $age } geleden wordt getoond
updated-just-now = Zojuist bijgewerkt
updated-ago = { $age } geleden bijgewerkt
updated-paused = { $age } · automatisch vernieuwen gepauzeerd terwijl u bevestigt
updated-every = { $age } · wordt elke { $secs } s vernieuwd

## Lezen uit Rescue

transport-timeout = { -rescue } antwoordde niet op tijd. Er is niets gewijzigd; probeer het zo opnieuw.
transport-unreachable = { -rescue } is op dit moment niet bereikbaar vanaf deze server. Probeer het later opnieuw.
transport-rate-limited = { -rescue } vraagt op dit moment om minder verzoeken. Wacht een minuut en probeer het dan opnieuw.
transport-redirected = { -rescue } antwoordde met een doorverwijzing (HTTP { $status }), die dit dashboard nooit volgt, dus er is niets doorgestuurd. Meld het uw beheerder: het ingestelde { -rescue }-adres klopt misschien niet.
transport-http-status = { -rescue } heeft problemen (HTTP { $status }). Probeer het later opnieuw.
transport-no-session = { -rescue } accepteerde de aanmelding maar startte geen sessie. Probeer het opnieuw.
transport-too-large = Het antwoord van { -rescue } was te groot om te lezen, dus er wordt niets getoond. Vraag om minder (een technicus of groep in plaats van iedereen), of meld het uw beheerder.
transport-unreadable = Het antwoord van { -rescue } was niet te begrijpen. Probeer het opnieuw; blijft het gebeuren, meld het dan uw beheerder.
list-invalid-node = { -rescue } kent deze technicus, groep of dit kanaal niet.
list-user-gone = Uw { -rescue }-gebruiker is verwijderd of uitgeschakeld.
list-invalid-authcode = { -rescue } accepteert uw API-token of authcode niet meer.
list-not-logged-in = Uw aanmelding bij { -rescue } is verlopen.
list-error = { -rescue } meldde een fout bij het opsommen van de sessies. Probeer het opnieuw.
list-undocumented = { -rescue } weigerde de lijst om een reden die dit dashboard niet kent ({ $code }).
nothing-to-list = Uw { -rescue }-account heeft geen technici of kanalen om te tonen.
no-targets = { -rescue } gaf zijn technici en kanalen niet door, dus er valt niets te kiezen. Probeer het zo opnieuw.
login-expired = Uw aanmelding bij { -rescue } is na 20 minuten inactiviteit verlopen. Meld u opnieuw aan om verder te gaan waar u was.

## Adressen

address-bad-id = De { $field } in het adres is ongeldig: { $why }.
address-bad-noderef = noderef moet NODE of CHANNEL zijn.
address-bad-day = { $name } moet een datum zijn zoals 2026-11-28, niet „{ $value }”.
address-backwards = Het datumbereik is omgekeerd: { $from } valt na { $to }.

## Rapporten

report-wait-copy = { -rescue } staat één rapport per minuut per aanmelding toe; dit is de kopie die om { $at } is opgehaald. Over { $secs } s kan een nieuw rapport worden opgehaald.
report-wait = { -rescue } staat één rapport per minuut per aanmelding toe. Dit rapport kan over { $secs } s worden opgehaald.
report-invalid-format = { -rescue } kon de datums van het rapport niet lezen (INVALIDFORMAT). Kies de dagen opnieuw in de kalender.
report-invalid-range = { -rescue } weigerde het datumbereik van het rapport (INVALIDDATERANGE): de eerste dag mag niet na de laatste vallen. Kies de dagen opnieuw.
report-user-gone = { -rescue } weigerde de rapportinstellingen: uw { -rescue }-gebruiker is verwijderd of uitgeschakeld (USER_DELETED_OR_DISABLED).
report-settings-refused = { -rescue } weigerde de rapportinstellingen ({ $code }). Probeer het zo opnieuw.
report-refused = { -rescue } kon het rapport niet maken ({ $code }). Probeer het over een minuut opnieuw.
reports-need-password = { -rescue } maakt op dit account geen rapporten voor een API-token of authcode. Meld u af en meld u aan met uw e-mailadres en wachtwoord om rapporten te zien.
report-unknown-node = { -rescue } kent dit knooppunt niet; kies een ander uit de lijst.
report-form-hint = Kies het hele account, een technicus, groep of kanaal en de dagen, en dan Rapport tonen. { -rescue } maakt één rapport per minuut per aanmelding.
report-not-fetched = Dit rapport is nog niet opgehaald: open het eerst op de rapportenpagina.

## Aanmelden

signed-in = Aangemeld.
login-invalid = Het e-mailadres of wachtwoord klopt niet. Controleer beide en probeer het opnieuw.
login-ip-restricted = { -rescue } weigerde de aanmelding: uw { -rescue }-account accepteert alleen aanmeldingen vanaf toegestane IP-adressen, en de server van dit dashboard hoort daar niet bij. Vraag de houder van uw { -rescue }-account het adres van de server toe te staan.
login-error = { -rescue } meldde een fout bij uw aanmelding. Probeer het zo opnieuw.
login-undocumented = { -rescue } weigerde de aanmelding om een reden die dit dashboard niet kent ({ $code }).
token-invalid = { -rescue } accepteert dit token of deze authcode niet: misschien is er een typfout, of is die door een nieuwere vervangen.
token-user-gone = De { -rescue }-gebruiker van dit token is verwijderd of uitgeschakeld.
token-not-accepted = { -rescue } accepteerde dit token of deze authcode niet.
token-error = { -rescue } meldde een fout bij het controleren van het token. Probeer het zo opnieuw.
token-undocumented = { -rescue } weigerde het token om een reden die dit dashboard niet kent ({ $code }).
too-many-failures = Te veel mislukte aanmeldingen vanaf uw netwerkadres. Wacht { $wait } voordat u het opnieuw probeert.
rescue-limit = { -rescue } staat hoogstens 10 aanmeldingen in 3 minuten per account toe, en dit account heeft dat bereikt. Wacht { $wait } en probeer het dan opnieuw.
lifetime-over = Uw aanmelding hier duurt hoogstens { $most }, en die tijd is om. Meld u opnieuw aan om verder te gaan waar u was.
idle-over = U was langer dan { $idle } weg, dus u bent afgemeld. Meld u opnieuw aan om verder te gaan waar u was.
signed-out = U bent afgemeld.
login-revoked = { -rescue } accepteert uw aanmelding niet meer (die is daar beëindigd, of het account is uitgeschakeld). Meld u opnieuw aan om verder te gaan.
field-fields = Vul uw { -rescue }-e-mailadres en -wachtwoord in.
field-email = Dat is geen e-mailadres dat { -rescue } kan hebben (hoogstens 254 tekens, op één regel).
field-password = Dat wachtwoord is langer dan { -rescue } accepteert (hoogstens 256 tekens).
field-token = Plak het API-token of de authcode: één woord, zonder spaties, hoogstens 512 tekens.
not-allowed = { -rescue } accepteerde dit account, maar het hoort niet bij de beheerders die dit dashboard mogen gebruiken. Er is niets bewaard; vraag wie { -product } beheert om het toe te voegen.
token-owner-unknown = { -rescue } zei niet van wie dit token is, en dit dashboard laat alleen beheerders op de lijst toe. Meld u in plaats daarvan aan met uw { -rescue }-e-mailadres en -wachtwoord.
sso-provider = { $provider } heeft u niet aangemeld ({ $code }). Er is niets bewaard; probeer het opnieuw, of vraag het wie uw identiteitsprovider beheert.
sso-undocumented = { -rescue } weigerde de eenmalige aanmelding om een reden die dit dashboard niet kent ({ $code }).
sso-refusal = { $why ->
        [cancelled] { $provider } heeft u niet aangemeld (u of de provider heeft geannuleerd). Er is niets bewaard.
        [state] Deze aanmelding via { $provider } is verlopen, al gebruikt, of in een andere browser begonnen. Begin opnieuw met de aanmeldknop.
        [code] { $provider } accepteerde de code van deze aanmelding niet (die is misschien al gebruikt of verlopen). Begin opnieuw met de aanmeldknop.
        [no-id-token] { $provider } antwoordde zonder te zeggen wie u bent (geen ID-token). Vraag wie uw identiteitsprovider beheert om de scope openid voor dit dashboard toe te staan.
        [issuer] Het antwoord kwam niet van { $provider } zoals ingesteld (verkeerde uitgever), dus het werd niet vertrouwd. Er is niets bewaard.
        [audience] Het antwoord van { $provider } was voor een andere toepassing bedoeld (verkeerde audience), dus het werd niet vertrouwd. Er is niets bewaard.
        [expired] Het antwoord van { $provider } was al verlopen. Controleer de klok van deze server en begin dan opnieuw met de aanmeldknop.
        [signature] Het antwoord van { $provider } is niet door die provider ondertekend, dus het werd niet vertrouwd. Er is niets bewaard.
        [nonce] Het antwoord van { $provider } hoort bij een andere aanmelding, dus het werd niet vertrouwd. Begin opnieuw met de aanmeldknop.
        [unverified] { $provider } heeft het e-mailadres van uw account niet geverifieerd, dus u kunt zich hier niet zo aanmelden. Vraag wie uw identiteitsprovider beheert om het te verifiëren.
        [claim] { $provider } zei niet welke { -rescue }-ID voor eenmalige aanmelding van u is (de claim die dit dashboard moet lezen ontbreekt of is leeg).
        [not-allowed] { $provider } heeft u aangemeld, maar uw account hoort niet bij de beheerders die dit dashboard mogen gebruiken. Er is niets bewaard; vraag wie { -product } beheert om het toe te voegen.
        [unreachable] { $provider } is op dit moment niet bereikbaar vanaf deze server. Probeer het later opnieuw.
        [store] Deze server kan zijn gedeelde opslag op dit moment niet bereiken, dus niemand kan zich aanmelden. Probeer het zo opnieuw.
        [rescue-invalid] { $provider } heeft u aangemeld, maar { -rescue } accepteerde de eenmalige aanmelding niet: uw { -rescue }-account heeft misschien een andere ID voor eenmalige aanmelding of is uitgeschakeld, of het SSO-wachtwoord of de SSO-ID van het bedrijf in dit dashboard komt niet overeen met de algemene instellingen (Global Settings) van { -rescue }.
        [company] { -rescue } weigerde de bedrijfs-ID van dit dashboard (RESCUE_COMPANY_ID). Vraag wie { -product } beheert om die te vergelijken met de algemene instellingen (Global Settings) van { -rescue }.
       *[rescue-error] { -rescue } meldde een fout bij uw eenmalige aanmelding. Probeer het zo opnieuw.
    }
password-refused-try-sso = Het e-mailadres of wachtwoord klopt niet. Meldt uw bedrijf zich aan via { $provider }, gebruik dan de knop „Aanmelden met { $provider }”: accounts met eenmalige aanmelding hebben geen { -rescue }-wachtwoord.
method-off = Deze manier van aanmelden is hier uitgeschakeld. Gebruik een van de manieren die de aanmeldpagina biedt.

## Bulkacties

bulk-explanation = { -rescue } wordt voor elke sessie één keer gevraagd, vier tegelijk, en elke aanroep wordt eerst in het auditlogboek vastgelegd. Het antwoord van elke sessie verschijnt op de volgende pagina zodra het binnenkomt; niets wordt opnieuw geprobeerd.
login-expired-mid-run = Uw aanmelding bij { -rescue } verliep tijdens deze uitvoering, dus de nog niet verzonden sessies zijn niet gewijzigd. Meld u opnieuw aan en kies ze dan opnieuw.
run-gone = Deze resultaten zijn hier niet meer (alleen die van de laatste bulkactie van deze browser worden bewaard). Het auditlogboek op de pagina Geschiedenis bevat elke gedane aanroep.
bulk-actions-only = Bulkacties zijn annuleren, in de wacht zetten en sluiten: er is niets naar { -rescue } verzonden.
bulk-no-list = Het formulier noemt geen lijst met sessies: er is niets naar { -rescue } verzonden.
bulk-no-list-address = Het adres noemt geen lijst: ga terug naar de sessiepagina en kies opnieuw.
nothing-pending = Geen sessie in deze lijst heeft een actie van u in behandeling: er valt niets te annuleren.
none-listed = Geen van de gekozen sessies staat hier nog: ze zijn misschien beëindigd of verplaatst. Ga terug naar de lijst en vernieuw die.
not-sent-gone = Sessie { $session } staat hier niet meer (beëindigd of verplaatst), dus die is niet naar { -rescue } verzonden.
not-sent-expired = Sessie { $session } is niet verzonden: uw aanmelding bij { -rescue } is verlopen.
left-out = Staan hier niet meer, weggelaten: { $sessions } (ze zijn misschien beëindigd of verplaatst).
bulk-label = { $action ->
        [cancel] Actie annuleren op { $count ->
            [one] { $count } sessie
           *[other] { $count } sessies
        }
        [hold] { $count ->
            [one] { $count } sessie
           *[other] { $count } sessies
        } in de wacht zetten
       *[close] { $count ->
            [one] { $count } sessie
           *[other] { $count } sessies
        } sluiten
    }
not-possible = { $action ->
        [cancel] Actie annuleren kan niet voor elke gekozen sessie: { $refused } kan niet worden geannuleerd.
        [hold] In de wacht zetten kan niet voor elke gekozen sessie: { $refused } kan niet in de wacht worden gezet.
       *[close] Sluiten kan niet voor elke gekozen sessie: { $refused } kan niet worden gesloten.
    } Kies alleen sessies die het toestaan: er is niets naar { -rescue } verzonden.
bulk-group = { $group ->
        [done] { $count } { $action ->
            [cancel] geannuleerd
            [hold] in de wacht gezet
           *[close] gesloten
        }
        [offline] { $count ->
            [one] { $count } technicus offline
           *[other] { $count } technici offline
        }
        [gone] { $count ->
            [one] { $count } sessie verdwenen
           *[other] { $count } sessies verdwenen
        }
        [not-admin] { $count } geweigerd: geen beheerder
        [unknown] { $count } met onbekend resultaat of onderweg mislukt
        [refused] { $count } geweigerd door { -rescue }
       *[not-sent] { $count } niet verzonden
    }
list-separator = {", "}
bulk-progress = { $answered } van { $total } tot nu toe beantwoord · deze pagina wordt elke 2 seconden bijgewerkt tot alle antwoorden binnen zijn

## Een actie bevestigen

no-such-action = Die sessieactie bestaat niet: de acties zijn cancel, hold, close, transfer en start.
bad-session-id = De sessie-ID is ongeldig: { $why }.
pick-technician = Kies de technicus die haar moet starten.
pick-target = Kies de technicus of het kanaal om naar over te dragen.
not-a-target = Het doel `{ $target }` is geen technicus of kanaal.
bad-target = Het doel is ongeldig: { $why }.
only-technicians-start = Alleen een technicus kan een sessie starten, geen kanaal.
comment-too-long = De opmerking is { $length } tekens lang; { -rescue } neemt er hoogstens { $most }.
comment-one-line = De opmerking moet één regel tekst zijn (geen regeleinden of stuurtekens).
sign-in-first = Meld u eerst aan. Er is niets naar { -rescue } verzonden.
expired-mid-action = Uw aanmelding bij { -rescue } is verlopen, dus sessie { $session } is niet gewijzigd. Meld u opnieuw aan om verder te gaan.
confirmation-invalid = Deze bevestiging is niet door dit dashboard gemaakt, dus er is niets naar { -rescue } verzonden. Open de bevestiging opnieuw vanuit de lijst.
confirmation-expired = Deze bevestiging is meer dan een uur oud, dus er is niets naar { -rescue } verzonden. Open haar opnieuw vanuit de lijst om de sessie te zien zoals die nu is.
confirmation-running = Deze bevestiging wordt al uitgevoerd, dus ze is niet nogmaals verzonden. Het resultaat verschijnt in de lijst en in de geschiedenis.
already-done = Al gedaan: deze bevestiging is eerder verzonden, dus er is niets opnieuw verzonden. { $first }
nothing-sent-marker = er is niets verzonden
not-sent = { $why } Er is niets naar { -rescue } verzonden.
answer-unrecorded = Het antwoord van { -rescue } kon niet in het auditlogboek worden geschreven, waar deze poging met onbekend resultaat staat; meld het uw beheerder.
no-longer-listed = Sessie { $session } staat hier niet meer: die is misschien beëindigd of verplaatst. Ga terug naar de lijst en vernieuw die.

## Live lijsten en acties van andere beheerders

stream-signed-out = Meld u aan om deze lijst live te volgen.
stream-no-list = Noem de lijst die u wilt volgen: node en noderef (NODE of CHANNEL).
live-updates = { $age } · live
news-mark = { $action ->
        [cancel] Actie annuleren
        [hold] In de wacht zetten
        [close] Sluiten
        [transfer] Overdragen
       *[start] Starten
    } door { $by } — { $how ->
        [requested] aangevraagd
        [unknown] resultaat onbekend, controleer in { -rescue }
        [done] gedaan
        [refused] geweigerd door { -rescue }
       *[no-answer] geen antwoord van { -rescue }
    } { $at }

## Wachtende klanten

waiting-mark = wacht al { $age }
wait-alerts = { $count ->
        [one] { $count } klant wacht
       *[other] { $count } klanten wachten
    } langer dan { $limit }
sessions-title = { $alerts ->
        [0] Sessies — { $node }
       *[other] ({ $alerts }) Sessies — { $node }
    }

## Sessieresultaten (Post to URL)

outcome-id-invalid = Dat is geen { -rescue }-sessie-ID: het is een getal, zoals de sessielijst het toont.
outcome-unreadable = Het dossier van de sessie kan op dit moment niet worden gelezen. Probeer het zo opnieuw.
outcome-not-deleted = Het dossier van de sessie kon op dit moment niet worden verwijderd; er is niets weggehaald. Probeer het zo opnieuw.
outcomes-count = { $count ->
        [0] Geen door { -rescue } geposte sessies komen overeen.
        [one] { $count } sessie, laatst geposte eerst.
       *[other] { $count } sessies op deze pagina, laatst geposte eerst.
    }
posts = { $count ->
        [one] { $count } post
       *[other] { $count } posts
    }
outcome-deleted = Het dossier van deze sessie is om { $at } door { $admin } verwijderd ({ $posts }).
outcome-not-found = Er wordt niets bewaard over sessie { $session }: { -rescue } heeft die niet naar dit dashboard gepost, en er is hier geen actie op uitgevoerd.
counts-summary = { $total } sessies per { $group ->
        [day] dag
        [waiting] wachttijd
       *[technician] technicus
    } ({ $groups } getoond); de meeste, { $most }, bij { $label }.
counts-summary-none = Geen sessies per { $group ->
        [day] dag
        [waiting] wachttijd
       *[technician] technicus
    }.
outcomes-summary = { $sessions ->
        [one] { $sessions } sessie voldoet
       *[other] { $sessions } sessies voldoen
    } aan de filters, behandeld door { $technicians ->
        [one] { $technicians } technicus
       *[other] { $technicians } technici
    }.
waiting-unknown = { $count ->
        [one] { $count } sessie heeft geen wachttijd in haar posts.
       *[other] { $count } sessies hebben geen wachttijd in hun posts.
    }
bucket-under = minder dan { $hi }
bucket-between = { $lo } tot { $hi }
bucket-over = { $lo } of meer
record-link = Dossier van sessie { $session }
sign-in-incomplete = Het aanmeldformulier is onvolledig.
session-action = Sessieactie
confirm = Bevestigen


## De aanmeldpagina

product = { -product }
sign-in-lede = Meld u aan met uw LogMeIn { -rescue }-beheerdersaccount.
demo-mode = Demomodus
sign-in-demo = Deze server praat met een ingebouwde { -rescue }-simulator, niet met LogMeIn { -rescue }. Meld u aan als { $email } met wachtwoord { $password }.
signed-in-as = U bent aangemeld als { $email }.
go-to-sessions = Naar de sessies
sign-out = Afmelden
sign-in-with = Aanmelden met { $provider }
email = E-mail
password = Wachtwoord
password-show = Tonen
password-hide = Verbergen
sign-in = Aanmelden
signing-in = Aanmelden…
sign-in-token-summary = Aanmelden met een API-token of authcode
token-label = API-token of authcode
sign-in-with-token = Aanmelden met token

## De sessiepagina

sessions = Sessies
sessions-heading = Sessies — { $node }
filter-sessions = De sessies filteren
col-session = Sessie
col-status = Status
col-technician = Technicus
col-channel = Kanaal
col-in-status-for = In status sinds
col-started = Gestart
col-customer = Klant
col-language = Taal
col-actions = Acties
status-live = Live (niet afgerond)
status-finished = Afgerond
search-sessions = Zoek ID, klant, velden
apply = Toepassen
clear = Wissen
any = Alle
refresh = Vernieuwen
notify-waits = Waarschuw me bij lange wachttijden
bulk-bar = Handelen op de geselecteerde sessies
bulk-cancel-selected = Actie annuleren op geselecteerde sessies
bulk-hold-selected = Selectie in de wacht zetten
bulk-close-selected = Selectie sluiten
bulk-select-pending = Elke rij met een actie van mij in behandeling
no-sessions-match = Geen sessies voldoen aan deze filters.
no-sessions-here = Hier zijn op dit moment geen sessies.
picker = Technici, groepen en kanalen
bulk-selected = { $count ->
        [one] { $count } sessie geselecteerd
       *[other] { $count } sessies geselecteerd
    }
bulk-not-allowed = Niet elke geselecteerde sessie staat dit toe
wait-notice = Sessie { $session }: klant { $mark }

lead-mark = {" "}(leider)
more-actions = Meer
select-session = Sessie { $session } selecteren
loading-sessions = Sessies laden…
sessions-page-title = Sessies — { -product }
bad-sort = sort moet een van { $keys } zijn, niet „{ $sort }”.
bad-dir = dir moet asc of desc zijn, niet „{ $dir }”.
search-too-long = De zoektekst is te lang (hoogstens 200 letters).

## Kiezers en de bovenbalk

language = Taal
language-change = Taal wijzigen
language-unknown = Kies een taal die het dashboard spreekt: { $tags }.
back-invalid = Naar dat paginaadres kan niet worden teruggekeerd.
theme-unknown = Kies het kleurenschema: system, light of dark.
theme = { $theme ->
        [light] Licht
        [dark] Donker
       *[system] Systeem
    }
theme-picker = Kleurenschema
theme-colours = Kleuren:

nav-sections = Onderdelen
nav-sessions = Sessies
nav-history = Geschiedenis
nav-reports = Rapporten
nav-outcomes = Resultaten
node-unnamed = Knooppunt { $id }
not-found = Pagina niet gevonden
not-found-text = Op dit adres staat niets.
go-to-sign-in = Naar aanmelden
sign-in-needed = U moet zich aanmelden.
back-to-sessions = ← Terug naar de sessies
dashboard-unreachable = De server was niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.

## De bevestiging

waiting-in-queue = — (wacht in een wachtrij)
target-technician = Technicus die haar start
target-transfer = Overdragen aan
target-channel = Kanaal: { $name }
pick-one = Kies er een…
transfer-comment = Opmerking voor de ontvangende technicus
keep-it = Laten staan
close-dialog = Sluiten
loading-session = Sessie laden…
no-node = Het adres noemt geen knooppunt.

## Pagina's voor bulkacties

picks-none = Kies minstens één sessie: er is niets naar { -rescue } verzonden.
picks-too-many = Er kunnen hoogstens { $most } sessies tegelijk worden gewijzigd, en er zijn er { $chosen } gekozen: er is niets naar { -rescue } verzonden. Beperk de lijst met de filters, of kies er minder.
picks-bad = „{ $value }” is geen sessie uit de lijst (een sessie-ID en de ID van de technicus, zoals 1073200000:337202): er is niets naar { -rescue } verzonden.
loading-the-sessions = Sessies laden…
bulk-action = Bulkactie
bulk-page-title = Bulkactie — { -product }
page-title = { $page } — { -product }
bulk-confirm = Bevestigen: { $label }
keep-them = Laten staan
bulk-question = { $label }?
the-sessions = De sessies
bulk-results-title = { $label }: resultaten — { -product }
bulk-results = { $label }: resultaten
bulk-each-outcome = Het resultaat van elke sessie
waiting-for-rescue = Wachten op { -rescue }…
col-your-pending = Uw actie in behandeling
col-outcome = Resultaat
nothing-sent-title = Er is niets verzonden — { -product }
session-record = Sessiedossier

## Geschiedenis

loading-history = Geschiedenis laden…
history-charts = Grafieken van de gefilterde acties
history-heading = Geschiedenis van acties
history-filter = De geschiedenis filteren
from-utc = Van (UTC)
to-utc = Tot (UTC)
col-admin = Beheerder
col-action = Actie
session-id = Sessie-ID
delivery = Levering aan de SIEM
history-table = Acties, nieuwste eerst
export-csv = CSV exporteren
col-time-utc = Tijd (UTC)
col-latency = Latentie
col-as-listed = Sessie zoals vermeld
pager = Pagina's van de lijst
pager-newest = ← Nieuwste
pager-older = Ouder →
none-value = (geen)
chart-numbers = Cijfers
chart-total = Totaal
chart-over-time-utc = Resultaten in de tijd (UTC)
chart-over-time = Resultaten in de tijd
chart-day = Dag
chart-by = { $noun ->
        [admin] Resultaten per beheerder
       *[technician] Resultaten per technicus
    }
chart-group = { $noun ->
        [admin] Beheerder
       *[technician] Technicus
    }

## Pagina's met sessieresultaten

outcomes-heading = Sessieresultaten
outcomes-search = Klant, velden, tracking-ID, notities
outcomes-table = Door { -rescue } geposte sessies, nieuwste eerst
col-last-post = Laatste post (UTC)
col-waiting = Wachten
col-pickup = Aanname
col-work-time = Werktijd
col-posts = Posts
custom-field = Aangepast veld { $n }
technician-email = E-mail van de technicus
tracking-id = Tracking-ID
waiting-time = Wachttijd
pickup-time = Aannametijd
session-heading = Sessie { $session }
session-glance = De sessie in één oogopslag
technician-notes = Notities van de technicus
chat = Chat
what-rescue-sent = Wat { -rescue } stuurde ({ $posts })
delete-record-summary = Het dossier van deze sessie verwijderen…
delete-record-explanation = Verwijderen haalt elke post weg die { -rescue } voor deze sessie stuurde (voor het verzoek van een klant om zijn gegevens te wissen). Wie het verwijderde en wanneer, blijft bewaard.
delete-record = Het dossier verwijderen
actions-here = Acties via dit dashboard
none-sentence = Geen.
action-log-line = { $when } — { $action } door { $admin }: { $outcome }
in-the-history = In de geschiedenis →
field-name = { $field ->
        [from] Van
        [to] Tot
        [session] Sessie
        [outcome] Resultaat
        [admin] Beheerder
        [action] Actie
        [technician] Technicus
        [delivery] Levering
       *[search] Zoeken
    }
bad-session-filter = Sessie moet een sessie-ID zijn (alleen cijfers), niet „{ $value }”.
bad-delivery = Levering moet „waiting” of „dead” zijn.
text-too-long = { $name } is te lang of bevat stuurtekens (hoogstens { $most } letters).
chart-per-technician = Sessies per technicus
chart-per-day = Sessies per dag (UTC, naar eerste post)
chart-month = Maand
chart-waiting-times = Wachttijden
all-technicians = Alle technici
summary = Overzicht
summary-caption = Sessies en tijden per technicus
median-waiting = Mediaan wachten
median-pickup = Mediaan aanname
median-work = Mediaan werktijd
total-work = Totale werktijd
outcomes-charts = Grafieken van de gefilterde sessies


## Rapporten

loading-report = Rapport laden…
report-heading = Sessierapport
report-choose = Het rapport kiezen
report-target = Technicus, groep of kanaal
whole-account = Hele account
show-report = Rapport tonen
report-fetched = { $total } sessies, om { $at } uit { -rescue } opgehaald.
fetch-again = Opnieuw ophalen
by-status = Per status
resolved = Opgelost
resolved-count = { $resolved } opgelost, { $unresolved } niet opgelost
by-technician = Per technicus
median-total = Mediaan totaal
report-sessions = Sessies in het rapport
queue = (wachtrij)
skip-link = Naar de hoofdinhoud
cross-site-refused = Dit verzoek kwam van een andere site en is geweigerd. Gebruik de eigen pagina's van { -product }.
sign-in-too-large = Het aanmeldformulier is veel groter dan welke { -rescue }-aanmelding ook; er is niets naar { -rescue } verzonden.
