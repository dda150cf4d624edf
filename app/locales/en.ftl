# Rescue Console — English. The catalogue every other language is checked against: a key here
# is a key there. Values: { $name } is filled in by the dashboard; { $x -> [one] … *[other] … }
# chooses by the CLDR plural category of a count, or by a value's name.

-rescue = Rescue
-product = Rescue Console

## Durations and times

duration-seconds-spoken = { $s ->
        [one] { $s } second
       *[other] { $s } seconds
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
date-time = { $year }-{ $month }-{ $day } { $time }
latency = { $ms } ms

## Counts

row-count = { $total ->
        [one] { $total } row.
       *[other] { $total } rows.
    }
row-count-narrowed = { $shown } of { $total } rows match.
history-count = { $count ->
        [0] No recorded actions match.
        [one] { $count } action, newest first.
       *[other] { $count } actions on this page, newest first.
    }
chart-others = Others ({ $count })
chart-summary = { $total } actions { $what ->
        [over-time] over time
        [by-admin] by admin
       *[by-technician] by technician
    }, { $groups } { $noun ->
        [month] { $groups ->
            [one] month
           *[other] months
        }
        [day] { $groups ->
            [one] day
           *[other] days
        }
        [admin] { $groups ->
            [one] admin
           *[other] admins
        }
       *[technician] { $groups ->
            [one] technician
           *[other] technicians
        }
    }: { $parts }.
malformed-rows = { $count } row(s) from { -rescue } could not be read and are not shown.

## Session actions

action-label = { $action ->
        [cancel] Cancel action
        [hold] Hold
        [close] Close
        [transfer] Transfer
       *[start] Start
    }
action-question = { $action ->
        [cancel] Cancel the action on this session?
        [hold] Put this session on hold?
        [close] Close this session?
        [transfer] Transfer this session?
       *[start] Start this session?
    }
action-explanation = { $action ->
        [cancel] { -rescue } will drop the action you requested on this session (hold, close, transfer or start) before the technician's console carries it out.
        [hold] The technician's console will put the session on hold. Until it does, Cancel action takes the request back.
        [close] The technician's console will end the session for the customer. Until it does, Cancel action takes the request back.
        [transfer] The session moves to the technician or channel you pick, with your comment. Until the console carries it out, Cancel action takes it back.
       *[start] The technician you pick will pick up this waiting session. Until their console does, Cancel action takes the request back.
    }
action-busy = { $action ->
        [cancel] Cancelling…
        [hold] Holding…
        [close] Closing…
        [transfer] Transferring…
       *[start] Starting…
    }
pending = { $action ->
        [cancel] Cancel requested
        [hold] Hold requested
        [close] Close requested
        [transfer] Transfer requested
       *[start] Start requested
    } at { $at }, pending
pending-uncertain = { $action ->
        [cancel] Cancel requested
        [hold] Hold requested
        [close] Close requested
        [transfer] Transfer requested
       *[start] Start requested
    } at { $at }, outcome unknown: check the session in { -rescue }
outcome-note-attempted = Sent to { -rescue }; its answer has not arrived yet.
outcome-note-unknown = Outcome unknown: the server stopped during the call. Check the session in { -rescue }.
the-technician = the technician
action-noun = { $action ->
        [cancel] cancel
        [hold] hold
        [close] close
        [transfer] transfer
       *[start] start
    }

act-attempted = The { $noun } on session { $session } was sent to { -rescue }, whose answer has not arrived yet. Check the session's status in a moment before trying again.
act-unknown = Outcome unknown: the dashboard's server stopped during the { $noun } on session { $session }, so nobody knows whether { -rescue } carried it out. Check the session in { -rescue } before trying again.
act-ok = { $action ->
        [cancel] Cancelled: the action you requested on session { $session } will not be carried out, and the session is back as it was.
        [hold] Hold requested: { $tech }'s console will put session { $session } on hold shortly. Until then, Cancel action takes it back.
        [close] Close requested: { $tech }'s console will end session { $session } shortly. Until then, Cancel action takes it back.
        [transfer] Transfer requested: session { $session } will move with your comment once the console carries it out. Until then, Cancel action takes it back.
       *[start] Start requested: the technician you picked will pick up session { $session } shortly. Until then, Cancel action takes it back.
    }
act-error = { -rescue } reported an error and did not confirm the { $noun } on session { $session }. Check the session's status before trying again.
act-not-admin = { $action ->
        [cancel] Your { -rescue } account is not an administrator, so it cannot cancel actions. Ask a { -rescue } administrator to do it, or sign in with an administrator account.
       *[other] Your { -rescue } account is not an administrator, so { -rescue } refused the { $noun }. Ask a { -rescue } administrator to do it, or sign in with an administrator account.
    }
act-failed = { $action ->
        [cancel] { -rescue } could not cancel on session { $session }: { $tech } is offline or their Technician Console is not running, or no action of yours is pending there.
        [hold] { -rescue } could not put session { $session } on hold: it may already be on hold or have another action pending, or { $tech }'s Technician Console is not running.
        [close] { -rescue } could not close session { $session }: { $tech } is offline or their Technician Console is not running, or another action is pending on it.
        [transfer] { -rescue } could not transfer session { $session }: { $tech } is offline or their Technician Console is not running, or another action is pending on it.
       *[start] { -rescue } could not start session { $session }: the technician you picked is offline or their Technician Console is not running, or the session is no longer waiting.
    }
act-invalid-session = { -rescue } does not know session { $session }: it may have ended and been removed. Refresh the list.
act-invalid-node = { $action ->
        [transfer] { -rescue } refused the transfer target: that technician or channel does not exist in your account (or is of the other kind). Pick another.
       *[other] { -rescue } does not know the technician you picked, so the session was not started. Pick another.
    }
act-invalid-authcode = { -rescue } no longer accepts your API token or authcode (a newer one may have replaced it). Sign out and sign in again.
act-user-gone = Your { -rescue } user has been deleted or disabled, so { -rescue } refused the { $noun }. Ask your { -rescue } administrator.
act-undocumented = { -rescue } answered { $code }, a reason this dashboard does not know. The { $noun } on session { $session } may not have been made: check its status.
act-no-answer = { $failure ->
        [timeout] { -rescue } did not answer in time. The { $noun } on session { $session } may or may not have happened: check the session before trying again.
        [unreachable] { -rescue } cannot be reached from this server right now, so { $action ->
            [cancel] nothing was cancelled
           *[other] nothing was sent
        }. Try again later.
        [rate-limited] { -rescue } is asking for fewer requests right now (HTTP 429), so { $action ->
            [cancel] nothing was cancelled
           *[other] nothing was sent
        }. Wait a minute, then try again.
        [broken] The connection to { -rescue } broke during the { $noun }. It may or may not have happened on session { $session }: check before trying again.
        [too-large] { -rescue }'s reply was too large to read, so the dashboard does not know whether the { $noun } on session { $session } happened: check the session.
       *[unreadable] { -rescue }'s answer could not be understood. The { $noun } on session { $session } may or may not have happened: check the session.
    }
act-redirected = { -rescue } answered with a redirect (HTTP { $status }), which this dashboard never follows, so { $action ->
        [cancel] nothing was cancelled
       *[other] nothing was sent
    }. Tell your administrator: the { -rescue } address it is set up with may be wrong.
act-http-status = { -rescue } is having trouble (HTTP { $status }). The { $noun } on session { $session } was probably not made: check the session, then try again.
interrupted = An earlier click on this button was interrupted; { -rescue } may or may not have received it. Check the session's status before trying again.

## Stores and internals

shared-store-unavailable = The dashboard's shared store cannot be reached right now, so nothing was sent to { -rescue }. Try again in a moment, or tell your administrator.
shared-store-unavailable-read = The dashboard's shared store cannot be reached right now, so no report was asked of { -rescue }. Try again in a moment, or tell your administrator.
session-store-down = The dashboard cannot read its sign-ins right now (its session store is out of reach), so nothing was changed. Try again in a moment, or tell your administrator.
shared-store-unavailable-sign-in = The dashboard's shared store cannot be reached right now, so nobody can sign in. Try again in a moment, or tell your administrator.
audit-unavailable = The audit log cannot be written right now, so nothing was sent to { -rescue }: every action is recorded before it is made. Try again in a moment, or tell your administrator.
session-not-saved = the dashboard session could not be saved; try again
form-invalid = The form sent is incomplete or not valid. Reload the page and try again.
page-link-invalid = The page link is not valid; start from the newest.
history-unreadable = The history could not be read right now. Try again in a moment.
internal = The dashboard could not handle this request. Try again in a moment.

## The list's clock

updated-refreshing = Refreshing…
updated-unanswered = Could not refresh: the dashboard did not answer. Showing the list of { $age } ago
updated-just-now = Updated just now
updated-ago = Updated { $age } ago
updated-paused = { $age } · auto-refresh paused while you confirm
updated-every = { $age } · refreshes every { $secs } s

## Reading from Rescue

transport-timeout = { -rescue } did not answer in time. Nothing was changed; try again in a moment.
transport-unreachable = { -rescue } cannot be reached from this server right now. Try again later.
transport-rate-limited = { -rescue } is asking for fewer requests right now. Wait a minute, then try again.
transport-redirected = { -rescue } answered with a redirect (HTTP { $status }), which this dashboard never follows, so nothing was sent on. Tell your administrator: the { -rescue } address it is set up with may be wrong.
transport-http-status = { -rescue } is having trouble (HTTP { $status }). Try again later.
transport-no-session = { -rescue } accepted the sign-in but did not start a session. Try again.
transport-too-large = { -rescue }'s reply was too large to read, so nothing is shown. Narrow what you asked for (a technician or group instead of everyone), or tell your administrator.
transport-unreadable = { -rescue }'s answer could not be understood. Try again; if it keeps happening, tell your administrator.
list-invalid-node = { -rescue } does not know this technician, group or channel.
list-user-gone = Your { -rescue } user has been deleted or disabled.
list-invalid-authcode = { -rescue } no longer accepts your API token or authcode.
list-not-logged-in = Your { -rescue } sign-in has expired.
list-error = { -rescue } reported an error while listing sessions. Try again.
list-undocumented = { -rescue } refused the list with a reason this dashboard does not know ({ $code }).
nothing-to-list = Your { -rescue } account has no technicians or channels to list.
no-targets = { -rescue } did not list its technicians and channels, so there is nothing to pick. Try again in a moment.
login-expired = Your { -rescue } sign-in expired after 20 idle minutes. Sign in again to continue where you were.

## Addresses

address-bad-id = The { $field } in the address is not valid: { $why }.
address-bad-noderef = noderef must be NODE or CHANNEL.
address-bad-day = { $name } must be a date like 2026-11-28, not “{ $value }”.
address-backwards = The date range is backwards: { $from } is after { $to }.

## Reports

report-wait-copy = { -rescue } allows one report a minute per sign-in; this is the copy fetched at { $at }. A fresh one can be fetched in { $secs } s.
report-wait = { -rescue } allows one report a minute per sign-in. This report can be fetched in { $secs } s.
report-invalid-format = { -rescue } could not read the report's dates (INVALIDFORMAT). Pick the days again from the calendar.
report-invalid-range = { -rescue } refused the report's date range (INVALIDDATERANGE): the first day must not be after the last. Pick the days again.
report-user-gone = { -rescue } refused the report settings: your { -rescue } user has been deleted or disabled (USER_DELETED_OR_DISABLED).
report-settings-refused = { -rescue } refused the report settings ({ $code }). Try again in a moment.
report-refused = { -rescue } could not make the report ({ $code }). Try again in a minute.
reports-need-password = { -rescue } does not make reports for an API token or authcode on this account. Sign out and sign in with your e-mail and password to see reports.
report-unknown-node = { -rescue } does not know this node; pick another from the list.
report-form-hint = Choose the whole account, a technician, group or channel and the days, then Show report. { -rescue } makes one report a minute per sign-in.
report-not-fetched = This report has not been fetched yet: open it on the reports page first.

## Signing in

signed-in = Signed in.
login-invalid = The e-mail or password is not right. Check both and try again.
login-ip-restricted = { -rescue } refused the sign-in: your { -rescue } account accepts sign-ins only from allowed IP addresses, and this dashboard's server is not among them. Ask your { -rescue } account holder to allow the server's address.
login-error = { -rescue } reported an error while signing you in. Try again in a moment.
login-undocumented = { -rescue } refused the sign-in with a reason this dashboard does not know ({ $code }).
token-invalid = { -rescue } does not accept this token or authcode: it may be mistyped, or replaced by a newer one.
token-user-gone = The { -rescue } user of this token has been deleted or disabled.
token-not-accepted = { -rescue } did not accept this token or authcode.
token-error = { -rescue } reported an error while checking the token. Try again in a moment.
token-undocumented = { -rescue } refused the token with a reason this dashboard does not know ({ $code }).
too-many-failures = Too many failed sign-ins from your network address. Wait { $wait } before trying again.
rescue-limit = { -rescue } allows at most 10 sign-ins in 3 minutes for one account, and this account has reached that. Wait { $wait }, then try again.
lifetime-over = Your sign-in here lasts at most { $most }, and that time is up. Sign in again to continue where you were.
idle-over = You were away for more than { $idle }, so you were signed out. Sign in again to continue where you were.
signed-out = You are signed out.
login-revoked = { -rescue } no longer accepts your sign-in (it ended there, or the account was disabled). Sign in again to continue.
field-fields = Enter your { -rescue } e-mail and password.
field-email = That is not an e-mail address { -rescue } could have (at most 254 characters, one line).
field-password = That password is longer than any { -rescue } accepts (at most 256 characters).
field-token = Paste the API token or authcode: one word, without spaces, at most 512 characters.
not-allowed = { -rescue } accepted this account, but it is not one of the admins allowed to use this dashboard. Nothing was kept; ask whoever runs { -product } to add it.
token-owner-unknown = { -rescue } did not say whose token this is, and this dashboard admits only listed admins. Sign in with your { -rescue } e-mail and password instead.
sso-provider = { $provider } did not sign you in ({ $code }). Nothing was kept; try again, or ask whoever runs your identity provider.
sso-undocumented = { -rescue } refused the single sign-on with a reason this dashboard does not know ({ $code }).
sso-refusal = { $why ->
        [cancelled] { $provider } did not sign you in (you or the provider cancelled). Nothing was kept.
        [state] This sign-in through { $provider } has expired, was already used, or was started in another browser. Start again with the sign-in button.
        [code] { $provider } did not accept this sign-in's code (it may have been used already or expired). Start again with the sign-in button.
        [no-id-token] { $provider } answered without saying who you are (no ID token). Ask whoever runs your identity provider to allow the openid scope for this dashboard.
        [issuer] The answer did not come from { $provider } as configured (wrong issuer), so it was not trusted. Nothing was kept.
        [audience] The answer from { $provider } was meant for another application (wrong audience), so it was not trusted. Nothing was kept.
        [expired] The answer from { $provider } had already expired. Check this server's clock, then start again with the sign-in button.
        [signature] The answer from { $provider } is not signed by it, so it was not trusted. Nothing was kept.
        [nonce] The answer from { $provider } belongs to another sign-in, so it was not trusted. Start again with the sign-in button.
        [unverified] { $provider } has not verified the e-mail address of your account, so it cannot sign you in here. Ask whoever runs your identity provider to verify it.
        [claim] { $provider } did not say which { -rescue } single sign-on ID is yours (the claim this dashboard is set to read is missing or empty).
        [not-allowed] { $provider } signed you in, but your account is not one of the admins allowed to use this dashboard. Nothing was kept; ask whoever runs { -product } to add it.
        [unreachable] { $provider } cannot be reached from this server right now. Try again later.
        [store] This server cannot reach its shared store right now, so nobody can sign in. Try again in a moment.
        [rescue-invalid] { $provider } signed you in, but { -rescue } did not accept the single sign-on: your { -rescue } account may have another single sign-on ID, be disabled, or this dashboard's company SSO password or ID may not match { -rescue }'s Global Settings.
        [company] { -rescue } refused this dashboard's company ID (RESCUE_COMPANY_ID). Ask whoever runs { -product } to check it against { -rescue }'s Global Settings.
       *[rescue-error] { -rescue } reported an error while signing you in through single sign-on. Try again in a moment.
    }
password-refused-try-sso = The e-mail or password is not right. If your company signs in through { $provider }, use the “Sign in with { $provider }” button instead: accounts that use single sign-on have no { -rescue } password.
method-off = This way of signing in is switched off here. Use one of the ways the sign-in page offers.

## Bulk actions

bulk-explanation = { -rescue } is asked once for each session, four at a time, and every call is recorded in the audit log first. Each session's answer shows on the next page as it arrives; nothing is retried.
login-expired-mid-run = Your { -rescue } sign-in expired during this run, so the sessions not yet sent were not changed. Sign in again, then choose them again.
run-gone = These results are no longer here (they are kept for this browser's last bulk action only). The audit log on the History page has every call that was made.
bulk-actions-only = Bulk actions are cancel, hold and close: nothing was sent to { -rescue }.
bulk-no-list = The form names no list of sessions: nothing was sent to { -rescue }.
bulk-no-list-address = The address names no list: go back to the sessions page and choose again.
nothing-pending = No session of this list has an action of yours pending: there is nothing to cancel.
none-listed = None of the chosen sessions is listed here any more: they may have ended or moved. Go back to the list and refresh.
not-sent-gone = Session { $session } is no longer listed here (it ended or moved), so it was not sent to { -rescue }.
not-sent-expired = Session { $session } was not sent: your { -rescue } sign-in expired.
left-out = No longer listed here, left out: { $sessions } (they may have ended or moved).
bulk-label = { $action ->
        [cancel] Cancel action on { $count ->
            [one] { $count } session
           *[other] { $count } sessions
        }
        [hold] Hold { $count ->
            [one] { $count } session
           *[other] { $count } sessions
        }
       *[close] Close { $count ->
            [one] { $count } session
           *[other] { $count } sessions
        }
    }
not-possible = { $action ->
        [cancel] Cancel action is not possible for every session chosen: { $refused } cannot be cancelled.
        [hold] Hold is not possible for every session chosen: { $refused } cannot be held.
       *[close] Close is not possible for every session chosen: { $refused } cannot be closed.
    } Choose only sessions that allow it: nothing was sent to { -rescue }.
bulk-group = { $group ->
        [done] { $count } { $action ->
            [cancel] cancelled
            [hold] held
           *[close] closed
        }
        [offline] { $count ->
            [one] { $count } technician offline
           *[other] { $count } technicians offline
        }
        [gone] { $count ->
            [one] { $count } session gone
           *[other] { $count } sessions gone
        }
        [not-admin] { $count } refused: not an administrator
        [unknown] { $count } outcome unknown or failed on the way
        [refused] { $count } refused by { -rescue }
       *[not-sent] { $count } not sent
    }
list-separator = {", "}
bulk-progress = { $answered } of { $total } answered so far · this page updates every 2 seconds until all are in

## Confirming an action

no-such-action = There is no such session action: the actions are cancel, hold, close, transfer and start.
bad-session-id = The session ID is not valid: { $why }.
pick-technician = Pick the technician who should start it.
pick-target = Pick the technician or channel to transfer to.
not-a-target = The target `{ $target }` is not a technician or channel.
bad-target = The target is not valid: { $why }.
only-technicians-start = Only a technician can start a session, not a channel.
comment-too-long = The comment is { $length } characters long; { -rescue } takes at most { $most }.
comment-one-line = The comment must be one line of text (no line breaks or control characters).
sign-in-first = Sign in first. Nothing was sent to { -rescue }.
expired-mid-action = Your { -rescue } sign-in expired, so session { $session } was not changed. Sign in again to continue.
confirmation-invalid = This confirmation is not one this dashboard made, so nothing was sent to { -rescue }. Open the confirmation again from the list.
confirmation-expired = This confirmation is more than an hour old, so nothing was sent to { -rescue }. Open it again from the list to see the session as it is now.
confirmation-running = This confirmation is already being carried out, so it was not sent again. Its outcome will show in the list and in the history.
already-done = Already done: this confirmation was sent before, so nothing was sent again. { $first }
nothing-sent-marker = nothing was sent
not-sent = { $why } Nothing was sent to { -rescue }.
answer-unrecorded = { -rescue }'s answer could not be written to the audit log, where this attempt shows as of unknown outcome; tell your administrator.
no-longer-listed = Session { $session } is no longer listed here: it may have ended or moved. Go back to the list and refresh.

## Live lists and other admins' actions

stream-signed-out = Sign in to follow this list live.
stream-no-list = Name the list to follow: node and noderef (NODE or CHANNEL).
live-updates = { $age } · live
news-mark = { $action ->
        [cancel] Cancel action
        [hold] Hold
        [close] Close
        [transfer] Transfer
       *[start] Start
    } by { $by } — { $how ->
        [requested] requested
        [unknown] outcome unknown, check in { -rescue }
        [done] done
        [refused] refused by { -rescue }
       *[no-answer] no answer from { -rescue }
    } { $at }

## Waiting customers

waiting-mark = waiting { $age }
wait-alerts = { $count ->
        [one] { $count } customer
       *[other] { $count } customers
    } waiting longer than { $limit }
sessions-title = { $alerts ->
        [0] Sessions — { $node }
       *[other] ({ $alerts }) Sessions — { $node }
    }

## Session outcomes (Post to URL)

outcome-id-invalid = That is not a { -rescue } session ID: it is a number, as the sessions list shows it.
outcome-unreadable = The session's record cannot be read right now. Try again in a moment.
outcome-not-deleted = The session's record could not be deleted right now; nothing was removed. Try again in a moment.
outcomes-count = { $count ->
        [0] No sessions { -rescue } posted match.
        [one] { $count } session, most recently posted first.
       *[other] { $count } sessions on this page, most recently posted first.
    }
posts = { $count ->
        [one] { $count } post
       *[other] { $count } posts
    }
outcome-deleted = The record of this session was deleted by { $admin } at { $at } ({ $posts }).
outcome-not-found = Nothing is kept about session { $session }: { -rescue } has not posted it to this dashboard, and no action on it was taken here.
counts-summary = { $total } sessions by { $group ->
        [day] day
        [waiting] waiting time
       *[technician] technician
    } ({ $groups } shown); the most, { $most }, at { $label }.
counts-summary-none = No sessions by { $group ->
        [day] day
        [waiting] waiting time
       *[technician] technician
    }.
outcomes-summary = { $sessions ->
        [one] { $sessions } session matches
       *[other] { $sessions } sessions match
    } the filters, handled by { $technicians ->
        [one] { $technicians } technician
       *[other] { $technicians } technicians
    }.
waiting-unknown = { $count ->
        [one] { $count } session has no waiting time in its posts.
       *[other] { $count } sessions have no waiting time in their posts.
    }
bucket-under = under { $hi }
bucket-between = { $lo } to { $hi }
bucket-over = { $lo } or more
record-link = Record of session { $session }
sign-in-incomplete = The sign-in form is incomplete.
session-action = Session action
confirm = Confirm


## The sign-in page

product = { -product }
sign-in-lede = Sign in with your LogMeIn { -rescue } administrator account.
demo-mode = Demo mode
sign-in-demo = This server talks to a built-in { -rescue } simulator, not to LogMeIn { -rescue }. Sign in as { $email } with password { $password }.
signed-in-as = You are signed in as { $email }.
go-to-sessions = Go to sessions
sign-out = Sign out
sign-in-with = Sign in with { $provider }
email = Email
password = Password
password-show = Show
password-hide = Hide
sign-in = Sign in
signing-in = Signing in…
sign-in-token-summary = Sign in with an API token or authcode
token-label = API token or authcode
sign-in-with-token = Sign in with token

## The sessions page

sessions = Sessions
sessions-heading = Sessions — { $node }
filter-sessions = Filter the sessions
col-session = Session
col-status = Status
col-technician = Technician
col-channel = Channel
col-in-status-for = In status for
col-started = Started
col-customer = Customer
col-language = Language
col-actions = Actions
status-live = Live (not finished)
status-finished = Finished
search-sessions = Search ID, customer, fields
apply = Apply
clear = Clear
any = Any
refresh = Refresh
notify-waits = Notify me of long waits
bulk-bar = Act on the selected sessions
bulk-cancel-selected = Cancel action on selected sessions
bulk-hold-selected = Hold selected
bulk-close-selected = Close selected
bulk-select-pending = Every row with a pending action of mine
no-sessions-match = No sessions match these filters.
no-sessions-here = No sessions here right now.
picker = Technicians, groups and channels
bulk-selected = { $count ->
        [one] { $count } session selected
       *[other] { $count } sessions selected
    }
bulk-not-allowed = Not every selected session allows this
wait-notice = Session { $session }: customer { $mark }

lead-mark = {" "}(lead)
more-actions = More
select-session = Select session { $session }
loading-sessions = Loading sessions…
sessions-page-title = Sessions — { -product }
bad-sort = sort must be one of { $keys }, not “{ $sort }”.
bad-dir = dir must be asc or desc, not “{ $dir }”.
search-too-long = The search text is too long (at most 200 letters).

## Pickers and the top bar

language = Language
language-change = Change language
language-unknown = Choose a language the dashboard speaks: { $tags }.
back-invalid = That page address cannot be returned to.
theme-unknown = Choose the colour scheme: system, light or dark.
theme = { $theme ->
        [light] Light
        [dark] Dark
       *[system] System
    }
theme-picker = Colour scheme
theme-colours = Colours:

nav-sections = Sections
nav-sessions = Sessions
nav-history = History
nav-reports = Reports
nav-outcomes = Outcomes
node-unnamed = Node { $id }
not-found = Page not found
not-found-text = There is nothing at this address.
go-to-sign-in = Go to sign-in
sign-in-needed = You need to sign in.
back-to-sessions = ← Back to the sessions
dashboard-unreachable = The server could not be reached. Check your connection and try again.

## The confirmation

waiting-in-queue = — (waiting in a queue)
target-technician = Technician who starts it
target-transfer = Transfer to
target-channel = Channel: { $name }
pick-one = Pick one…
transfer-comment = Comment for the receiving technician
keep-it = Keep it
close-dialog = Close
loading-session = Loading the session…
no-node = The address names no node.

## Bulk pages

picks-none = Choose at least one session: nothing was sent to { -rescue }.
picks-too-many = At most { $most } sessions can be changed at once, and { $chosen } were chosen: nothing was sent to { -rescue }. Narrow the list with its filters, or choose fewer.
picks-bad = “{ $value }” is not a session of the list (a session ID and its technician's ID, as 1073200000:337202): nothing was sent to { -rescue }.
loading-the-sessions = Loading the sessions…
bulk-action = Bulk action
bulk-page-title = Bulk action — { -product }
page-title = { $page } — { -product }
bulk-confirm = Confirm: { $label }
keep-them = Keep them
bulk-question = { $label }?
the-sessions = The sessions
bulk-results-title = { $label }: results — { -product }
bulk-results = { $label }: results
bulk-each-outcome = Each session's outcome
waiting-for-rescue = Waiting for { -rescue }…
col-your-pending = Your pending action
col-outcome = Outcome
nothing-sent-title = Nothing was sent — { -product }
session-record = Session record

## History

loading-history = Loading the history…
history-charts = Charts of the filtered actions
history-heading = History of actions
history-filter = Filter the history
from-utc = From (UTC)
to-utc = To (UTC)
col-admin = Admin
col-action = Action
session-id = Session ID
delivery = Delivery to the SIEM
history-table = Actions, newest first
export-csv = Export CSV
col-time-utc = Time (UTC)
col-latency = Latency
col-as-listed = Session as listed
pager = Pages of the list
pager-newest = ← Newest
pager-older = Older →
none-value = (none)
chart-numbers = Numbers
chart-total = Total
chart-over-time-utc = Outcomes over time (UTC)
chart-over-time = Outcomes over time
chart-day = Day
chart-by = { $noun ->
        [admin] Outcomes by admin
       *[technician] Outcomes by technician
    }
chart-group = { $noun ->
        [admin] Admin
       *[technician] Technician
    }

## Session outcomes pages

outcomes-heading = Session outcomes
outcomes-search = Customer, fields, tracking ID, notes
outcomes-table = Sessions { -rescue } posted, newest first
col-last-post = Last post (UTC)
col-waiting = Waiting
col-pickup = Pickup
col-work-time = Work time
col-posts = Posts
custom-field = Custom field { $n }
technician-email = Technician e-mail
tracking-id = Tracking ID
waiting-time = Waiting time
pickup-time = Pickup time
session-heading = Session { $session }
session-glance = The session at a glance
technician-notes = Technician's notes
chat = Chat
what-rescue-sent = What { -rescue } sent ({ $posts })
delete-record-summary = Delete this session's record…
delete-record-explanation = Deleting removes every post { -rescue } sent for this session (for a customer's request to erase their data). Who deleted it and when is kept.
delete-record = Delete the record
actions-here = Actions through this dashboard
none-sentence = None.
action-log-line = { $when } — { $action } by { $admin }: { $outcome }
in-the-history = In the history →
field-name = { $field ->
        [from] From
        [to] To
        [session] Session
        [outcome] Outcome
        [admin] Admin
        [action] Action
        [technician] Technician
        [delivery] Delivery
       *[search] Search
    }
bad-session-filter = Session must be a session ID (digits only), not “{ $value }”.
bad-delivery = Delivery must be “waiting” or “dead”.
text-too-long = { $name } is too long or holds control characters (at most { $most } letters).
chart-per-technician = Sessions per technician
chart-per-day = Sessions per day (UTC, by first post)
chart-month = Month
chart-waiting-times = Waiting times
all-technicians = All technicians
summary = Summary
summary-caption = Sessions and times per technician
median-waiting = Median waiting
median-pickup = Median pickup
median-work = Median work time
total-work = Total work time
outcomes-charts = Charts of the filtered sessions


## Reports

loading-report = Loading the report…
report-heading = Session report
report-choose = Choose the report
report-target = Technician, group or channel
whole-account = Whole account
show-report = Show report
report-fetched = { $total } sessions, fetched from { -rescue } at { $at }.
fetch-again = Fetch again
by-status = By status
resolved = Resolved
resolved-count = { $resolved } resolved, { $unresolved } unresolved
by-technician = By technician
median-total = Median total
report-sessions = Sessions in the report
queue = (queue)
skip-link = Skip to main content
cross-site-refused = This request came from another site and was refused. Use { -product }'s own pages.
sign-in-too-large = The sign-in form is far larger than any { -rescue } sign-in; nothing was sent to { -rescue }.


