# Rescue Console — 한국어. en.ftl에서 정성껏 번역했습니다. 회사별 수정은 이 파일에 하십시오
# (docs/features.md 참조). { $… } 값은 대시보드가 채웁니다.

-rescue = Rescue
-product = Rescue Console

## 시간과 시각

duration-seconds-spoken = { $s }초
duration-minutes-spoken = { $m }분
duration-s = { $s }초
duration-min = { $m }분
duration-min-s = { $m }분 { $s }초
duration-h-min = { $h }시간 { $m }분
utc-time = { $time } UTC
date-time = { $year }. { $month }. { $day }. { $time }
latency = { $ms }ms

## 개수

row-count = { $total }행.
row-count-narrowed = { $total }행 중 { $shown }행 일치.
history-count = { $count ->
        [0] 일치하는 기록된 작업이 없습니다.
       *[other] 이 페이지의 작업 { $count }건(최신순).
    }
chart-others = 기타({ $count })
chart-summary = { $what ->
        [over-time] 기간별
        [by-admin] 관리자별
       *[by-technician] 기술자별
    } 작업 { $total }건, { $groups }{ $noun ->
        [month] 개월
        [day] 일
        [admin] 명의 관리자
       *[technician] 명의 기술자
    }: { $parts }.
malformed-rows = { -rescue }에서 받은 { $count }행을 읽을 수 없어 표시하지 않습니다.

## 세션 작업

action-label = { $action ->
        [cancel] 작업 취소
        [hold] 보류
        [close] 종료
        [transfer] 전송
       *[start] 시작
    }
action-question = { $action ->
        [cancel] 이 세션의 작업을 취소하시겠습니까?
        [hold] 이 세션을 보류하시겠습니까?
        [close] 이 세션을 종료하시겠습니까?
        [transfer] 이 세션을 전송하시겠습니까?
       *[start] 이 세션을 시작하시겠습니까?
    }
action-explanation = { $action ->
        [cancel] 기술자 콘솔이 실행하기 전에 { -rescue }가 이 세션에 요청한 작업(보류, 종료, 전송 또는 시작)을 취소합니다.
        [hold] 기술자 콘솔이 세션을 보류합니다. 그 전까지는 작업 취소로 요청을 철회할 수 있습니다.
        [close] 기술자 콘솔이 고객과의 세션을 종료합니다. 그 전까지는 작업 취소로 요청을 철회할 수 있습니다.
        [transfer] 세션이 설명과 함께 선택한 기술자 또는 채널로 이동합니다. 콘솔이 실행하기 전까지는 작업 취소로 철회할 수 있습니다.
       *[start] 선택한 기술자가 대기 중인 이 세션을 맡습니다. 그 콘솔이 실행하기 전까지는 작업 취소로 요청을 철회할 수 있습니다.
    }
action-busy = { $action ->
        [cancel] 취소 중…
        [hold] 보류 중…
        [close] 종료 중…
        [transfer] 전송 중…
       *[start] 시작 중…
    }
pending = { $at }에 { $action ->
        [cancel] 취소
        [hold] 보류
        [close] 종료
        [transfer] 전송
       *[start] 시작
    } 요청, 처리 대기 중
pending-uncertain = { $at }에 { $action ->
        [cancel] 취소
        [hold] 보류
        [close] 종료
        [transfer] 전송
       *[start] 시작
    } 요청, 결과 알 수 없음: { -rescue }에서 세션을 확인하십시오
outcome-note-attempted = { -rescue }에 보냈습니다. 아직 응답이 오지 않았습니다.
outcome-note-unknown = 결과 알 수 없음: 호출 중에 서버가 멈췄습니다. { -rescue }에서 세션을 확인하십시오.
the-technician = 기술자
action-noun = { $action ->
        [cancel] 취소
        [hold] 보류
        [close] 종료
        [transfer] 전송
       *[start] 시작
    }

act-attempted = 세션 { $session }의 { $noun } 요청을 { -rescue }에 보냈지만 아직 응답이 오지 않았습니다. 다시 시도하기 전에 잠시 후 세션 상태를 확인하십시오.
act-unknown = 결과 알 수 없음: 세션 { $session }의 { $noun } 중에 대시보드 서버가 멈춰 { -rescue }가 실행했는지 알 수 없습니다. 다시 시도하기 전에 { -rescue }에서 세션을 확인하십시오.
act-ok = { $action ->
        [cancel] 취소됨: 세션 { $session }에 요청한 작업은 실행되지 않으며 세션은 원래 상태로 돌아갔습니다.
        [hold] 보류 요청됨: 곧 { $tech }의 콘솔이 세션 { $session }을 보류합니다. 그 전까지는 작업 취소로 철회할 수 있습니다.
        [close] 종료 요청됨: 곧 { $tech }의 콘솔이 세션 { $session }을 종료합니다. 그 전까지는 작업 취소로 철회할 수 있습니다.
        [transfer] 전송 요청됨: 콘솔이 실행하면 세션 { $session }이 설명과 함께 이동합니다. 그 전까지는 작업 취소로 철회할 수 있습니다.
       *[start] 시작 요청됨: 곧 선택한 기술자가 세션 { $session }을 맡습니다. 그 전까지는 작업 취소로 철회할 수 있습니다.
    }
act-error = { -rescue }가 오류를 보고했으며 세션 { $session }의 { $noun }을(를) 확인하지 않았습니다. 다시 시도하기 전에 세션 상태를 확인하십시오.
act-not-admin = { $action ->
        [cancel] 사용 중인 { -rescue } 계정은 관리자가 아니어서 작업을 취소할 수 없습니다. { -rescue } 관리자에게 요청하거나 관리자 계정으로 로그인하십시오.
       *[other] 사용 중인 { -rescue } 계정은 관리자가 아니어서 { -rescue }가 { $noun }을(를) 거부했습니다. { -rescue } 관리자에게 요청하거나 관리자 계정으로 로그인하십시오.
    }
act-failed = { $action ->
        [cancel] { -rescue }가 세션 { $session }에서 취소하지 못했습니다: { $tech }이(가) 오프라인이거나 Technician Console이 실행 중이 아니거나, 처리 대기 중인 내 작업이 없습니다.
        [hold] { -rescue }가 세션 { $session }을 보류하지 못했습니다: 이미 보류 중이거나 다른 작업이 처리 대기 중이거나, { $tech }의 Technician Console이 실행 중이 아닙니다.
        [close] { -rescue }가 세션 { $session }을 종료하지 못했습니다: { $tech }이(가) 오프라인이거나 Technician Console이 실행 중이 아니거나, 다른 작업이 처리 대기 중입니다.
        [transfer] { -rescue }가 세션 { $session }을 전송하지 못했습니다: { $tech }이(가) 오프라인이거나 Technician Console이 실행 중이 아니거나, 다른 작업이 처리 대기 중입니다.
       *[start] { -rescue }가 세션 { $session }을 시작하지 못했습니다: 선택한 기술자가 오프라인이거나 Technician Console이 실행 중이 아니거나, 세션이 더 이상 대기 중이 아닙니다.
    }
act-invalid-session = { -rescue }가 세션 { $session }을 알지 못합니다: 종료되어 삭제되었을 수 있습니다. 목록을 새로 고치십시오.
act-invalid-node = { $action ->
        [transfer] { -rescue }가 전송 대상을 거부했습니다: 해당 기술자나 채널이 계정에 없습니다(또는 종류가 다릅니다). 다른 대상을 선택하십시오.
       *[other] { -rescue }가 선택한 기술자를 알지 못해 세션을 시작하지 않았습니다. 다른 기술자를 선택하십시오.
    }
act-invalid-authcode = { -rescue }가 더 이상 API 토큰이나 인증 코드를 받아들이지 않습니다(새 것으로 바뀌었을 수 있습니다). 로그아웃한 후 다시 로그인하십시오.
act-user-gone = { -rescue } 사용자가 삭제되었거나 비활성화되어 { -rescue }가 { $noun }을(를) 거부했습니다. { -rescue } 관리자에게 문의하십시오.
act-undocumented = { -rescue }가 이 대시보드가 모르는 이유인 { $code }(으)로 응답했습니다. 세션 { $session }의 { $noun }이(가) 이루어지지 않았을 수 있습니다: 상태를 확인하십시오.
act-no-answer = { $failure ->
        [timeout] { -rescue }가 제때 응답하지 않았습니다. 세션 { $session }의 { $noun }이(가) 이루어졌을 수도, 아닐 수도 있습니다: 다시 시도하기 전에 세션을 확인하십시오.
        [unreachable] 지금은 이 서버에서 { -rescue }에 연결할 수 없으므로 { $action ->
            [cancel] 아무것도 취소하지 않았습니다
           *[other] 아무것도 보내지 않았습니다
        }. 나중에 다시 시도하십시오.
        [rate-limited] { -rescue }가 지금은 요청을 줄여 달라고 합니다(HTTP 429). 그래서 { $action ->
            [cancel] 아무것도 취소하지 않았습니다
           *[other] 아무것도 보내지 않았습니다
        }. 1분 기다린 후 다시 시도하십시오.
        [broken] { $noun } 중에 { -rescue }와의 연결이 끊겼습니다. 세션 { $session }에서 이루어졌을 수도, 아닐 수도 있습니다: 다시 시도하기 전에 확인하십시오.
        [too-large] { -rescue }의 응답이 너무 커서 읽을 수 없으므로, 대시보드는 세션 { $session }의 { $noun }이(가) 이루어졌는지 알 수 없습니다: 세션을 확인하십시오.
       *[unreadable] { -rescue }의 응답을 이해할 수 없습니다. 세션 { $session }의 { $noun }이(가) 이루어졌을 수도, 아닐 수도 있습니다: 세션을 확인하십시오.
    }
act-redirected = { -rescue }가 리디렉션(HTTP { $status })으로 응답했는데, 이 대시보드는 리디렉션을 따르지 않으므로 { $action ->
        [cancel] 아무것도 취소하지 않았습니다
       *[other] 아무것도 보내지 않았습니다
    }. 관리자에게 알리십시오: 설정된 { -rescue } 주소가 잘못되었을 수 있습니다.
act-http-status = { -rescue }에 문제가 있습니다(HTTP { $status }). 세션 { $session }의 { $noun }은(는) 아마 이루어지지 않았을 것입니다: 세션을 확인한 후 다시 시도하십시오.
interrupted = 이 버튼을 앞서 누른 요청이 중단되었습니다. { -rescue }가 받았을 수도, 아닐 수도 있습니다. 다시 시도하기 전에 세션 상태를 확인하십시오.

## 저장소와 내부 처리

shared-store-unavailable = 지금은 대시보드의 공유 저장소에 연결할 수 없어 { -rescue }에 아무것도 보내지 않았습니다. 잠시 후 다시 시도하거나 관리자에게 알리십시오.
shared-store-unavailable-read = 지금은 대시보드의 공유 저장소에 연결할 수 없어 { -rescue }에 보고서를 요청하지 않았습니다. 잠시 후 다시 시도하거나 관리자에게 알리십시오.
session-store-down = 지금은 대시보드가 로그인 정보를 읽을 수 없어(세션 저장소에 연결할 수 없음) 아무것도 변경하지 않았습니다. 잠시 후 다시 시도하거나 관리자에게 알리십시오.
shared-store-unavailable-sign-in = 지금은 대시보드의 공유 저장소에 연결할 수 없어 아무도 로그인할 수 없습니다. 잠시 후 다시 시도하거나 관리자에게 알리십시오.
audit-unavailable = 지금은 감사 로그를 기록할 수 없어 { -rescue }에 아무것도 보내지 않았습니다: 모든 작업은 실행하기 전에 기록됩니다. 잠시 후 다시 시도하거나 관리자에게 알리십시오.
session-not-saved = 대시보드 세션을 저장하지 못했습니다. 다시 시도하십시오
form-invalid = 보낸 양식이 불완전하거나 올바르지 않습니다. 페이지를 새로 고친 후 다시 시도하십시오.
page-link-invalid = 페이지 링크가 올바르지 않습니다. 최신 항목부터 시작하십시오.
history-unreadable = 지금은 기록을 읽을 수 없습니다. 잠시 후 다시 시도하십시오.
internal = 대시보드가 이 요청을 처리하지 못했습니다. 잠시 후 다시 시도하십시오.

## 목록의 시계

updated-refreshing = 새로 고치는 중…
updated-unanswered = 새로 고치지 못했습니다: 대시보드가 응답하지 않았습니다. { $age } 전의 목록을 표시합니다
updated-just-now = 방금 업데이트됨
updated-ago = { $age } 전에 업데이트됨
updated-paused = { $age } · 확인하는 동안 자동 새로 고침 일시 중지
updated-every = { $age } · { $secs }초마다 새로 고침

## Rescue에서 읽기

transport-timeout = { -rescue }가 제때 응답하지 않았습니다. 아무것도 변경하지 않았습니다. 잠시 후 다시 시도하십시오.
transport-unreachable = 지금은 이 서버에서 { -rescue }에 연결할 수 없습니다. 나중에 다시 시도하십시오.
transport-rate-limited = { -rescue }가 지금은 요청을 줄여 달라고 합니다. 1분 기다린 후 다시 시도하십시오.
transport-redirected = { -rescue }가 리디렉션(HTTP { $status })으로 응답했는데, 이 대시보드는 리디렉션을 따르지 않으므로 아무것도 전달하지 않았습니다. 관리자에게 알리십시오: 설정된 { -rescue } 주소가 잘못되었을 수 있습니다.
transport-http-status = { -rescue }에 문제가 있습니다(HTTP { $status }). 나중에 다시 시도하십시오.
transport-no-session = { -rescue }가 로그인을 받아들였지만 세션을 시작하지 않았습니다. 다시 시도하십시오.
transport-too-large = { -rescue }의 응답이 너무 커서 읽을 수 없으므로 아무것도 표시하지 않습니다. 요청 범위를 좁히거나(전체 대신 기술자나 그룹) 관리자에게 알리십시오.
transport-unreadable = { -rescue }의 응답을 이해할 수 없습니다. 다시 시도하십시오. 계속 발생하면 관리자에게 알리십시오.
list-invalid-node = { -rescue }가 이 기술자, 그룹 또는 채널을 알지 못합니다.
list-user-gone = { -rescue } 사용자가 삭제되었거나 비활성화되었습니다.
list-invalid-authcode = { -rescue }가 더 이상 API 토큰이나 인증 코드를 받아들이지 않습니다.
list-not-logged-in = { -rescue } 로그인이 만료되었습니다.
list-error = 세션 목록을 가져오는 중에 { -rescue }가 오류를 보고했습니다. 다시 시도하십시오.
list-undocumented = { -rescue }가 이 대시보드가 모르는 이유로 목록을 거부했습니다({ $code }).
nothing-to-list = { -rescue } 계정에 표시할 기술자나 채널이 없습니다.
no-targets = { -rescue }가 기술자와 채널 목록을 주지 않아 선택할 것이 없습니다. 잠시 후 다시 시도하십시오.
login-expired = 20분 동안 활동이 없어 { -rescue } 로그인이 만료되었습니다. 다시 로그인하면 하던 곳에서 계속할 수 있습니다.

## 주소

address-bad-id = 주소의 { $field }이(가) 올바르지 않습니다: { $why }.
address-bad-noderef = noderef는 NODE 또는 CHANNEL이어야 합니다.
address-bad-day = { $name }은(는) 2026-11-28 같은 날짜여야 합니다(“{ $value }”이(가) 아님).
address-backwards = 날짜 범위가 거꾸로입니다: { $from }이(가) { $to }보다 뒤입니다.

## 보고서

report-wait-copy = { -rescue }는 로그인당 1분에 보고서 하나만 허용합니다. 이것은 { $at }에 가져온 사본입니다. 새 보고서는 { $secs }초 후에 가져올 수 있습니다.
report-wait = { -rescue }는 로그인당 1분에 보고서 하나만 허용합니다. 이 보고서는 { $secs }초 후에 가져올 수 있습니다.
report-invalid-format = { -rescue }가 보고서의 날짜를 읽지 못했습니다(INVALIDFORMAT). 달력에서 날짜를 다시 선택하십시오.
report-invalid-range = { -rescue }가 보고서의 날짜 범위를 거부했습니다(INVALIDDATERANGE): 첫날이 마지막 날보다 뒤이면 안 됩니다. 날짜를 다시 선택하십시오.
report-user-gone = { -rescue }가 보고서 설정을 거부했습니다: { -rescue } 사용자가 삭제되었거나 비활성화되었습니다(USER_DELETED_OR_DISABLED).
report-settings-refused = { -rescue }가 보고서 설정을 거부했습니다({ $code }). 잠시 후 다시 시도하십시오.
report-refused = { -rescue }가 보고서를 만들지 못했습니다({ $code }). 1분 후에 다시 시도하십시오.
reports-need-password = 이 계정에서는 { -rescue }가 API 토큰이나 인증 코드에 대해 보고서를 만들지 않습니다. 보고서를 보려면 로그아웃한 후 이메일과 비밀번호로 로그인하십시오.
report-unknown-node = { -rescue }가 이 노드를 알지 못합니다. 목록에서 다른 노드를 선택하십시오.
report-form-hint = 전체 계정, 기술자, 그룹 또는 채널과 날짜를 선택한 후 보고서 표시를 누르십시오. { -rescue }는 로그인당 1분에 보고서 하나를 만듭니다.
report-not-fetched = 이 보고서는 아직 가져오지 않았습니다: 먼저 보고서 페이지에서 여십시오.

## 로그인

signed-in = 로그인했습니다.
login-invalid = 이메일 또는 비밀번호가 올바르지 않습니다. 둘 다 확인한 후 다시 시도하십시오.
login-ip-restricted = { -rescue }가 로그인을 거부했습니다: { -rescue } 계정은 허용된 IP 주소에서의 로그인만 받아들이며, 이 대시보드의 서버는 그 안에 없습니다. { -rescue } 계정 소유자에게 서버 주소를 허용해 달라고 요청하십시오.
login-error = 로그인 중에 { -rescue }가 오류를 보고했습니다. 잠시 후 다시 시도하십시오.
login-undocumented = { -rescue }가 이 대시보드가 모르는 이유로 로그인을 거부했습니다({ $code }).
token-invalid = { -rescue }가 이 토큰이나 인증 코드를 받아들이지 않습니다: 잘못 입력했거나 새 것으로 바뀌었을 수 있습니다.
token-user-gone = 이 토큰의 { -rescue } 사용자가 삭제되었거나 비활성화되었습니다.
token-not-accepted = { -rescue }가 이 토큰이나 인증 코드를 받아들이지 않았습니다.
token-error = 토큰을 확인하는 중에 { -rescue }가 오류를 보고했습니다. 잠시 후 다시 시도하십시오.
token-undocumented = { -rescue }가 이 대시보드가 모르는 이유로 토큰을 거부했습니다({ $code }).
too-many-failures = 이 네트워크 주소에서 로그인 실패가 너무 많습니다. { $wait } 기다린 후 다시 시도하십시오.
rescue-limit = { -rescue }는 계정 하나당 3분에 최대 10번의 로그인만 허용하며, 이 계정은 그 한도에 도달했습니다. { $wait } 기다린 후 다시 시도하십시오.
lifetime-over = 여기서의 로그인은 최대 { $most } 동안 유지되며, 그 시간이 끝났습니다. 다시 로그인하면 하던 곳에서 계속할 수 있습니다.
idle-over = { $idle } 넘게 자리를 비워 로그아웃되었습니다. 다시 로그인하면 하던 곳에서 계속할 수 있습니다.
signed-out = 로그아웃했습니다.
login-revoked = { -rescue }가 더 이상 로그인을 받아들이지 않습니다(그쪽에서 종료되었거나 계정이 비활성화됨). 계속하려면 다시 로그인하십시오.
field-fields = { -rescue } 이메일과 비밀번호를 입력하십시오.
field-email = { -rescue }에서 쓸 수 있는 이메일 주소가 아닙니다(최대 254자, 한 줄).
field-password = 그 비밀번호는 { -rescue }가 받아들이는 어떤 비밀번호보다 깁니다(최대 256자).
field-token = API 토큰이나 인증 코드를 붙여 넣으십시오: 공백 없는 한 단어, 최대 512자.
not-allowed = { -rescue }는 이 계정을 받아들였지만, 이 대시보드를 사용할 수 있는 관리자가 아닙니다. 아무것도 저장하지 않았습니다. { -product } 운영자에게 추가를 요청하십시오.
token-owner-unknown = { -rescue }가 이 토큰의 주인을 알려 주지 않았으며, 이 대시보드는 목록에 있는 관리자만 허용합니다. 대신 { -rescue } 이메일과 비밀번호로 로그인하십시오.
sso-provider = { $provider }에서 로그인하지 못했습니다({ $code }). 아무것도 저장하지 않았습니다. 다시 시도하거나 ID 공급자 운영자에게 문의하십시오.
sso-undocumented = { -rescue }가 이 대시보드가 모르는 이유로 Single Sign-On을 거부했습니다({ $code }).
sso-refusal = { $why ->
        [cancelled] { $provider }에서 로그인하지 못했습니다(사용자 또는 공급자가 취소함). 아무것도 저장하지 않았습니다.
        [state] { $provider }을(를) 통한 이 로그인은 만료되었거나, 이미 사용되었거나, 다른 브라우저에서 시작되었습니다. 로그인 버튼으로 다시 시작하십시오.
        [code] { $provider }이(가) 이 로그인의 코드를 받아들이지 않았습니다(이미 사용되었거나 만료되었을 수 있음). 로그인 버튼으로 다시 시작하십시오.
        [no-id-token] { $provider }이(가) 사용자가 누구인지 알려 주지 않고 응답했습니다(ID 토큰 없음). ID 공급자 운영자에게 이 대시보드에 openid 범위를 허용해 달라고 요청하십시오.
        [issuer] 응답이 설정된 { $provider }에서 오지 않아(잘못된 발급자) 신뢰하지 않았습니다. 아무것도 저장하지 않았습니다.
        [audience] { $provider }의 응답이 다른 애플리케이션을 위한 것이어서(잘못된 대상) 신뢰하지 않았습니다. 아무것도 저장하지 않았습니다.
        [expired] { $provider }의 응답이 이미 만료되었습니다. 이 서버의 시계를 확인한 후 로그인 버튼으로 다시 시작하십시오.
        [signature] { $provider }의 응답이 해당 공급자의 서명을 갖고 있지 않아 신뢰하지 않았습니다. 아무것도 저장하지 않았습니다.
        [nonce] { $provider }의 응답이 다른 로그인에 속해 있어 신뢰하지 않았습니다. 로그인 버튼으로 다시 시작하십시오.
        [unverified] { $provider }이(가) 계정의 이메일 주소를 확인하지 않아 여기에 로그인할 수 없습니다. ID 공급자 운영자에게 확인을 요청하십시오.
        [claim] { $provider }이(가) 어떤 { -rescue } Single Sign-On ID가 사용자의 것인지 알려 주지 않았습니다(이 대시보드가 읽도록 설정된 클레임이 없거나 비어 있음).
        [not-allowed] { $provider }에서 로그인했지만, 계정이 이 대시보드를 사용할 수 있는 관리자가 아닙니다. 아무것도 저장하지 않았습니다. { -product } 운영자에게 추가를 요청하십시오.
        [unreachable] 지금은 이 서버에서 { $provider }에 연결할 수 없습니다. 나중에 다시 시도하십시오.
        [store] 지금은 이 서버가 공유 저장소에 연결할 수 없어 아무도 로그인할 수 없습니다. 잠시 후 다시 시도하십시오.
        [rescue-invalid] { $provider }에서 로그인했지만 { -rescue }가 Single Sign-On을 받아들이지 않았습니다: { -rescue } 계정의 Single Sign-On ID가 다르거나 계정이 비활성화되었거나, 이 대시보드의 회사 SSO 비밀번호나 ID가 { -rescue }의 전역 설정(Global Settings)과 일치하지 않을 수 있습니다.
        [company] { -rescue }가 이 대시보드의 회사 ID(RESCUE_COMPANY_ID)를 거부했습니다. { -product } 운영자에게 { -rescue }의 전역 설정(Global Settings)과 대조해 달라고 요청하십시오.
       *[rescue-error] Single Sign-On으로 로그인하는 중에 { -rescue }가 오류를 보고했습니다. 잠시 후 다시 시도하십시오.
    }
password-refused-try-sso = 이메일 또는 비밀번호가 올바르지 않습니다. 회사가 { $provider }을(를) 통해 로그인한다면 대신 “{ $provider }(으)로 로그인” 버튼을 사용하십시오: Single Sign-On을 사용하는 계정에는 { -rescue } 비밀번호가 없습니다.
method-off = 이 로그인 방법은 여기서 꺼져 있습니다. 로그인 페이지가 제공하는 방법 중 하나를 사용하십시오.

## 일괄 작업

bulk-explanation = { -rescue }에는 세션마다 한 번씩, 한 번에 네 개씩 요청하며, 모든 호출은 먼저 감사 로그에 기록됩니다. 각 세션의 응답은 도착하는 대로 다음 페이지에 표시됩니다. 아무것도 재시도하지 않습니다.
login-expired-mid-run = 이 실행 중에 { -rescue } 로그인이 만료되어 아직 보내지 않은 세션은 변경되지 않았습니다. 다시 로그인한 후 다시 선택하십시오.
run-gone = 이 결과는 더 이상 여기에 없습니다(이 브라우저의 마지막 일괄 작업 결과만 보관합니다). 기록 페이지의 감사 로그에 이루어진 모든 호출이 있습니다.
bulk-actions-only = 일괄 작업은 취소, 보류, 종료뿐입니다: { -rescue }에 아무것도 보내지 않았습니다.
bulk-no-list = 양식에 세션 목록이 지정되어 있지 않습니다: { -rescue }에 아무것도 보내지 않았습니다.
bulk-no-list-address = 주소에 목록이 지정되어 있지 않습니다: 세션 페이지로 돌아가 다시 선택하십시오.
nothing-pending = 이 목록의 어떤 세션에도 처리 대기 중인 내 작업이 없습니다: 취소할 것이 없습니다.
none-listed = 선택한 세션이 더 이상 여기에 하나도 없습니다: 종료되었거나 이동했을 수 있습니다. 목록으로 돌아가 새로 고치십시오.
not-sent-gone = 세션 { $session }이 더 이상 여기에 없어(종료되었거나 이동함) { -rescue }에 보내지 않았습니다.
not-sent-expired = 세션 { $session }을 보내지 않았습니다: { -rescue } 로그인이 만료되었습니다.
left-out = 더 이상 여기에 없어 제외됨: { $sessions }(종료되었거나 이동했을 수 있음).
bulk-label = { $action ->
        [cancel] 세션 { $count }개의 작업 취소
        [hold] 세션 { $count }개 보류
       *[close] 세션 { $count }개 종료
    }
not-possible = { $action ->
        [cancel] 선택한 모든 세션에서 작업 취소를 할 수 있는 것은 아닙니다: { $refused }은(는) 취소할 수 없습니다.
        [hold] 선택한 모든 세션에서 보류를 할 수 있는 것은 아닙니다: { $refused }은(는) 보류할 수 없습니다.
       *[close] 선택한 모든 세션에서 종료를 할 수 있는 것은 아닙니다: { $refused }은(는) 종료할 수 없습니다.
    } 가능한 세션만 선택하십시오: { -rescue }에 아무것도 보내지 않았습니다.
bulk-group = { $group ->
        [done] { $action ->
            [cancel] 취소됨
            [hold] 보류됨
           *[close] 종료됨
        } { $count }개
        [offline] 기술자 오프라인 { $count }개
        [gone] 세션 사라짐 { $count }개
        [not-admin] 거부됨(관리자 아님) { $count }개
        [unknown] 결과 알 수 없음 또는 도중 실패 { $count }개
        [refused] { -rescue }가 거부함 { $count }개
       *[not-sent] 보내지 않음 { $count }개
    }
list-separator = {", "}
bulk-progress = 지금까지 { $total }개 중 { $answered }개 응답 · 모두 도착할 때까지 이 페이지는 2초마다 업데이트됩니다

## 작업 확인

no-such-action = 그런 세션 작업은 없습니다: 작업은 cancel, hold, close, transfer, start입니다.
bad-session-id = 세션 ID가 올바르지 않습니다: { $why }.
pick-technician = 세션을 시작할 기술자를 선택하십시오.
pick-target = 전송할 기술자나 채널을 선택하십시오.
not-a-target = 대상 `{ $target }`은(는) 기술자나 채널이 아닙니다.
bad-target = 대상이 올바르지 않습니다: { $why }.
only-technicians-start = 세션은 채널이 아니라 기술자만 시작할 수 있습니다.
comment-too-long = 설명이 { $length }자입니다. { -rescue }는 최대 { $most }자까지 받습니다.
comment-one-line = 설명은 한 줄의 텍스트여야 합니다(줄 바꿈이나 제어 문자 없이).
sign-in-first = 먼저 로그인하십시오. { -rescue }에 아무것도 보내지 않았습니다.
expired-mid-action = { -rescue } 로그인이 만료되어 세션 { $session }은 변경되지 않았습니다. 계속하려면 다시 로그인하십시오.
confirmation-invalid = 이 확인은 이 대시보드가 만든 것이 아니므로 { -rescue }에 아무것도 보내지 않았습니다. 목록에서 확인을 다시 여십시오.
confirmation-expired = 이 확인은 만든 지 한 시간이 넘었으므로 { -rescue }에 아무것도 보내지 않았습니다. 지금의 세션 상태를 보려면 목록에서 다시 여십시오.
confirmation-running = 이 확인은 이미 실행 중이어서 다시 보내지 않았습니다. 결과는 목록과 기록에 표시됩니다.
already-done = 이미 완료됨: 이 확인은 전에 보냈으므로 다시 보내지 않았습니다. { $first }
nothing-sent-marker = 아무것도 보내지 않았습니다
not-sent = { $why } { -rescue }에 아무것도 보내지 않았습니다.
answer-unrecorded = { -rescue }의 응답을 감사 로그에 기록하지 못했으며, 감사 로그에는 이 시도가 결과 알 수 없음으로 남아 있습니다. 관리자에게 알리십시오.
no-longer-listed = 세션 { $session }이 더 이상 여기에 없습니다: 종료되었거나 이동했을 수 있습니다. 목록으로 돌아가 새로 고치십시오.

## 실시간 목록과 다른 관리자의 작업

stream-signed-out = 이 목록을 실시간으로 보려면 로그인하십시오.
stream-no-list = 볼 목록을 지정하십시오: node와 noderef(NODE 또는 CHANNEL).
live-updates = { $age } · 실시간
news-mark = { $by }의 { $action ->
        [cancel] 작업 취소
        [hold] 보류
        [close] 종료
        [transfer] 전송
       *[start] 시작
    } — { $how ->
        [requested] 요청됨
        [unknown] 결과 알 수 없음, { -rescue }에서 확인
        [done] 완료
        [refused] { -rescue }가 거부함
       *[no-answer] { -rescue }의 응답 없음
    } { $at }

## 대기 중인 고객

waiting-mark = { $age }째 대기 중
wait-alerts = { $limit } 넘게 대기 중인 고객 { $count }명
sessions-title = { $alerts ->
        [0] 세션 — { $node }
       *[other] ({ $alerts }) 세션 — { $node }
    }

## 세션 결과(Post to URL)

outcome-id-invalid = { -rescue } 세션 ID가 아닙니다: 세션 목록에 표시되는 숫자입니다.
outcome-unreadable = 지금은 세션 기록을 읽을 수 없습니다. 잠시 후 다시 시도하십시오.
outcome-not-deleted = 지금은 세션 기록을 삭제하지 못했습니다. 아무것도 제거하지 않았습니다. 잠시 후 다시 시도하십시오.
outcomes-count = { $count ->
        [0] 일치하는, { -rescue }가 보낸 세션이 없습니다.
       *[other] 이 페이지의 세션 { $count }개(최근에 보낸 순).
    }
posts = 전송 { $count }건
outcome-deleted = 이 세션의 기록은 { $at }에 { $admin }이(가) 삭제했습니다({ $posts }).
outcome-not-found = 세션 { $session }에 대해 보관된 것이 없습니다: { -rescue }가 이 대시보드로 보내지 않았고, 여기서 이루어진 작업도 없습니다.
counts-summary = { $group ->
        [day] 날짜
        [waiting] 대기 시간
       *[technician] 기술자
    }별 세션 { $total }개({ $groups }개 표시). 가장 많은 것은 { $label }의 { $most }개입니다.
counts-summary-none = { $group ->
        [day] 날짜
        [waiting] 대기 시간
       *[technician] 기술자
    }별 세션이 없습니다.
outcomes-summary = 필터와 일치하는 세션은 { $sessions }개이며, 처리한 기술자는 { $technicians }명입니다.
waiting-unknown = 세션 { $count }개는 전송 내용에 대기 시간이 없습니다.
bucket-under = { $hi } 미만
bucket-between = { $lo }~{ $hi }
bucket-over = { $lo } 이상
record-link = 세션 { $session }의 기록
sign-in-incomplete = 로그인 양식이 불완전합니다.
session-action = 세션 작업
confirm = 확인


## 로그인 페이지

product = { -product }
sign-in-lede = LogMeIn { -rescue } 관리자 계정으로 로그인하십시오.
demo-mode = 데모 모드
sign-in-demo = 이 서버는 LogMeIn { -rescue }가 아니라 내장된 { -rescue } 시뮬레이터와 통신합니다. { $email }, 비밀번호 { $password }(으)로 로그인하십시오.
signed-in-as = { $email }(으)로 로그인했습니다.
go-to-sessions = 세션으로 이동
sign-out = 로그아웃
sign-in-with = { $provider }(으)로 로그인
email = 이메일
password = 비밀번호
password-show = 표시
password-hide = 숨기기
sign-in = 로그인
signing-in = 로그인 중…
sign-in-token-summary = API 토큰이나 인증 코드로 로그인
token-label = API 토큰 또는 인증 코드
sign-in-with-token = 토큰으로 로그인

## 세션 페이지

sessions = 세션
sessions-heading = 세션 — { $node }
filter-sessions = 세션 필터
col-session = 세션
col-status = 상태
col-technician = 기술자
col-channel = 채널
col-in-status-for = 상태 지속 시간
col-started = 시작
col-customer = 고객
col-language = 언어
col-actions = 작업
status-live = 진행 중(끝나지 않음)
status-finished = 끝남
search-sessions = ID, 고객, 필드 검색
apply = 적용
clear = 지우기
any = 전체
refresh = 새로 고침
notify-waits = 오래 기다리면 알림
bulk-bar = 선택한 세션에 작업
bulk-cancel-selected = 선택한 세션의 작업 취소
bulk-hold-selected = 선택 항목 보류
bulk-close-selected = 선택 항목 종료
bulk-select-pending = 내 작업이 처리 대기 중인 모든 행
no-sessions-match = 이 필터와 일치하는 세션이 없습니다.
no-sessions-here = 지금 여기에는 세션이 없습니다.
picker = 기술자, 그룹 및 채널
bulk-selected = 세션 { $count }개 선택됨
bulk-not-allowed = 선택한 모든 세션에서 할 수 있는 것은 아닙니다
wait-notice = 세션 { $session }: 고객 { $mark }

lead-mark = {" "}(리더)
more-actions = 더 보기
select-session = 세션 { $session } 선택
loading-sessions = 세션을 불러오는 중…
sessions-page-title = 세션 — { -product }
bad-sort = sort는 { $keys } 중 하나여야 합니다(“{ $sort }”이(가) 아님).
bad-dir = dir은 asc 또는 desc여야 합니다(“{ $dir }”이(가) 아님).
search-too-long = 검색어가 너무 깁니다(최대 200자).

## 선택기와 상단 표시줄

language = 언어
language-change = 언어 변경
language-unknown = 대시보드가 지원하는 언어를 선택하십시오: { $tags }.
back-invalid = 그 페이지 주소로는 돌아갈 수 없습니다.
theme-unknown = 색 구성표를 선택하십시오: system, light 또는 dark.
theme = { $theme ->
        [light] 밝게
        [dark] 어둡게
       *[system] 시스템
    }
theme-picker = 색 구성표
theme-colours = 색:

nav-sections = 섹션
nav-sessions = 세션
nav-history = 기록
nav-reports = 보고서
nav-outcomes = 결과
node-unnamed = 노드 { $id }
not-found = 페이지를 찾을 수 없음
not-found-text = 이 주소에는 아무것도 없습니다.
go-to-sign-in = 로그인으로 이동
sign-in-needed = 로그인해야 합니다.
back-to-sessions = ← 세션으로 돌아가기
dashboard-unreachable = 서버에 연결할 수 없습니다. 연결을 확인한 후 다시 시도하십시오.

## 확인

waiting-in-queue = — (대기열에서 대기 중)
target-technician = 시작할 기술자
target-transfer = 전송 대상
target-channel = 채널: { $name }
pick-one = 선택하십시오…
transfer-comment = 받는 기술자에게 남길 설명
keep-it = 유지
close-dialog = 닫기
loading-session = 세션을 불러오는 중…
no-node = 주소에 노드가 지정되어 있지 않습니다.

## 일괄 작업 페이지

picks-none = 세션을 하나 이상 선택하십시오: { -rescue }에 아무것도 보내지 않았습니다.
picks-too-many = 한 번에 최대 { $most }개의 세션만 변경할 수 있는데 { $chosen }개를 선택했습니다: { -rescue }에 아무것도 보내지 않았습니다. 필터로 목록을 좁히거나 더 적게 선택하십시오.
picks-bad = “{ $value }”은(는) 목록의 세션이 아닙니다(1073200000:337202처럼 세션 ID와 기술자 ID): { -rescue }에 아무것도 보내지 않았습니다.
loading-the-sessions = 세션을 불러오는 중…
bulk-action = 일괄 작업
bulk-page-title = 일괄 작업 — { -product }
page-title = { $page } — { -product }
bulk-confirm = 확인: { $label }
keep-them = 유지
bulk-question = { $label }?
the-sessions = 세션
bulk-results-title = { $label }: 결과 — { -product }
bulk-results = { $label }: 결과
bulk-each-outcome = 각 세션의 결과
waiting-for-rescue = { -rescue }를 기다리는 중…
col-your-pending = 처리 대기 중인 내 작업
col-outcome = 결과
nothing-sent-title = 아무것도 보내지 않았습니다 — { -product }
session-record = 세션 기록

## 기록

loading-history = 기록을 불러오는 중…
history-charts = 필터링된 작업의 차트
history-heading = 작업 기록
history-filter = 기록 필터
from-utc = 시작(UTC)
to-utc = 끝(UTC)
col-admin = 관리자
col-action = 작업
session-id = 세션 ID
delivery = SIEM 전달
history-table = 작업(최신순)
export-csv = CSV 내보내기
col-time-utc = 시각(UTC)
col-latency = 지연 시간
col-as-listed = 목록에 표시된 세션
pager = 목록 페이지
pager-newest = ← 최신
pager-older = 이전 →
none-value = (없음)
chart-numbers = 수치
chart-total = 합계
chart-over-time-utc = 기간별 결과(UTC)
chart-over-time = 기간별 결과
chart-day = 날짜
chart-by = { $noun ->
        [admin] 관리자별 결과
       *[technician] 기술자별 결과
    }
chart-group = { $noun ->
        [admin] 관리자
       *[technician] 기술자
    }

## 세션 결과 페이지

outcomes-heading = 세션 결과
outcomes-search = 고객, 필드, 추적 ID, 메모
outcomes-table = { -rescue }가 보낸 세션(최신순)
col-last-post = 마지막 전송(UTC)
col-waiting = 대기
col-pickup = 응대
col-work-time = 작업 시간
col-posts = 전송
custom-field = 사용자 지정 필드 { $n }
technician-email = 기술자 이메일
tracking-id = 추적 ID
waiting-time = 대기 시간
pickup-time = 응대까지 걸린 시간
session-heading = 세션 { $session }
session-glance = 세션 한눈에 보기
technician-notes = 기술자 메모
chat = 채팅
what-rescue-sent = { -rescue }가 보낸 내용({ $posts })
delete-record-summary = 이 세션의 기록 삭제…
delete-record-explanation = 삭제하면 { -rescue }가 이 세션에 대해 보낸 모든 전송이 제거됩니다(고객의 데이터 삭제 요청용). 누가 언제 삭제했는지는 보관됩니다.
delete-record = 기록 삭제
actions-here = 이 대시보드를 통한 작업
none-sentence = 없음.
action-log-line = { $when } — { $admin }의 { $action }: { $outcome }
in-the-history = 기록에서 보기 →
field-name = { $field ->
        [from] 시작
        [to] 끝
        [session] 세션
        [outcome] 결과
        [admin] 관리자
        [action] 작업
        [technician] 기술자
        [delivery] 전달
       *[search] 검색
    }
bad-session-filter = 세션은 세션 ID(숫자만)여야 합니다(“{ $value }”이(가) 아님).
bad-delivery = 전달은 “waiting” 또는 “dead”여야 합니다.
text-too-long = { $name }이(가) 너무 길거나 제어 문자를 포함합니다(최대 { $most }자).
chart-per-technician = 기술자별 세션
chart-per-day = 일별 세션(UTC, 첫 전송 기준)
chart-month = 월
chart-waiting-times = 대기 시간
all-technicians = 모든 기술자
summary = 요약
summary-caption = 기술자별 세션과 시간
median-waiting = 대기 중앙값
median-pickup = 응대 중앙값
median-work = 작업 시간 중앙값
total-work = 총 작업 시간
outcomes-charts = 필터링된 세션의 차트


## 보고서

loading-report = 보고서를 불러오는 중…
report-heading = 세션 보고서
report-choose = 보고서 선택
report-target = 기술자, 그룹 또는 채널
whole-account = 전체 계정
show-report = 보고서 표시
report-fetched = 세션 { $total }개, { $at }에 { -rescue }에서 가져옴.
fetch-again = 다시 가져오기
by-status = 상태별
resolved = 해결됨
resolved-count = 해결 { $resolved }개, 미해결 { $unresolved }개
by-technician = 기술자별
median-total = 합계 중앙값
report-sessions = 보고서의 세션
queue = (대기열)
skip-link = 본문으로 건너뛰기
cross-site-refused = 이 요청은 다른 사이트에서 와서 거부되었습니다. { -product } 자체 페이지를 사용하십시오.
sign-in-too-large = 로그인 양식이 어떤 { -rescue } 로그인보다 훨씬 큽니다. { -rescue }에 아무것도 보내지 않았습니다.
