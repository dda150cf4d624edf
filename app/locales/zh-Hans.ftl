# Rescue Console — 简体中文。根据 en.ftl 认真翻译；公司的修改请写在此文件中
# （参见 docs/features.md）。{ $… } 中的值由仪表板填入。

-rescue = Rescue
-product = Rescue Console

## 时长与时间

duration-seconds-spoken = { $s } 秒
duration-minutes-spoken = { $m } 分钟
duration-s = { $s } 秒
duration-min = { $m } 分钟
duration-min-s = { $m } 分 { $s } 秒
duration-h-min = { $h } 小时 { $m } 分
utc-time = { $time } UTC
date-time = { $year }/{ $month }/{ $day } { $time }
latency = { $ms } 毫秒

## 计数

row-count = { $total } 行。
row-count-narrowed = { $total } 行中有 { $shown } 行匹配。
history-count = { $count ->
        [0] 没有匹配的已记录操作。
       *[other] 本页 { $count } 项操作，最新的在前。
    }
chart-others = 其他（{ $count }）
chart-summary = { $what ->
        [over-time] 按时间
        [by-admin] 按管理员
       *[by-technician] 按技术员
    }统计的 { $total } 项操作，{ $groups } { $noun ->
        [month] 个月
        [day] 天
        [admin] 位管理员
       *[technician] 位技术员
    }：{ $parts }。
malformed-rows = 有 { $count } 行来自 { -rescue } 的数据无法读取，未予显示。

## 会话操作

action-label = { $action ->
        [cancel] 取消操作
        [hold] 保留
        [close] 关闭
        [transfer] 转接
       *[start] 开始
    }
action-question = { $action ->
        [cancel] 要取消此会话上的操作吗？
        [hold] 要保留此会话吗？
        [close] 要关闭此会话吗？
        [transfer] 要转接此会话吗？
       *[start] 要开始此会话吗？
    }
action-explanation = { $action ->
        [cancel] 在技术员控制台执行之前，{ -rescue } 将放弃您在此会话上请求的操作（保留、关闭、转接或开始）。
        [hold] 技术员控制台将保留此会话。在此之前，“取消操作”可撤回该请求。
        [close] 技术员控制台将为客户结束此会话。在此之前，“取消操作”可撤回该请求。
        [transfer] 会话将连同您的备注转到您选择的技术员或频道。在控制台执行之前，“取消操作”可将其撤回。
       *[start] 您选择的技术员将接手这个等待中的会话。在其控制台执行之前，“取消操作”可撤回该请求。
    }
action-busy = { $action ->
        [cancel] 正在取消…
        [hold] 正在保留…
        [close] 正在关闭…
        [transfer] 正在转接…
       *[start] 正在开始…
    }
pending = 已于 { $at } 请求{ $action ->
        [cancel] 取消
        [hold] 保留
        [close] 关闭
        [transfer] 转接
       *[start] 开始
    }，等待处理
pending-uncertain = 已于 { $at } 请求{ $action ->
        [cancel] 取消
        [hold] 保留
        [close] 关闭
        [transfer] 转接
       *[start] 开始
    }，结果未知：请在 { -rescue } 中检查该会话
outcome-note-attempted = 已发送给 { -rescue }；尚未收到其答复。
outcome-note-unknown = 结果未知：服务器在调用期间停止。请在 { -rescue } 中检查该会话。
the-technician = 技术员
action-noun = { $action ->
        [cancel] 取消
        [hold] 保留
        [close] 关闭
        [transfer] 转接
       *[start] 开始
    }

act-attempted = 会话 { $session } 的{ $noun }请求已发送给 { -rescue }，但尚未收到其答复。重试之前，请稍后检查该会话的状态。
act-unknown = 结果未知：仪表板的服务器在会话 { $session } 的{ $noun }过程中停止，因此无法得知 { -rescue } 是否已执行。重试之前，请在 { -rescue } 中检查该会话。
act-ok = { $action ->
        [cancel] 已取消：您在会话 { $session } 上请求的操作不会执行，会话已恢复原状。
        [hold] 已请求保留：{ $tech } 的控制台很快会保留会话 { $session }。在此之前，“取消操作”可将其撤回。
        [close] 已请求关闭：{ $tech } 的控制台很快会结束会话 { $session }。在此之前，“取消操作”可将其撤回。
        [transfer] 已请求转接：控制台执行后，会话 { $session } 将连同您的备注转出。在此之前，“取消操作”可将其撤回。
       *[start] 已请求开始：您选择的技术员很快会接手会话 { $session }。在此之前，“取消操作”可将其撤回。
    }
act-error = { -rescue } 报告了错误，未确认会话 { $session } 的{ $noun }。重试之前，请检查该会话的状态。
act-not-admin = { $action ->
        [cancel] 您的 { -rescue } 帐户不是管理员，因此无法取消操作。请让 { -rescue } 管理员来执行，或使用管理员帐户登录。
       *[other] 您的 { -rescue } 帐户不是管理员，因此 { -rescue } 拒绝了{ $noun }。请让 { -rescue } 管理员来执行，或使用管理员帐户登录。
    }
act-failed = { $action ->
        [cancel] { -rescue } 无法在会话 { $session } 上取消：{ $tech } 处于离线状态或其 Technician Console 未运行，或者该会话上没有您待处理的操作。
        [hold] { -rescue } 无法保留会话 { $session }：它可能已被保留或有其他待处理的操作，或者 { $tech } 的 Technician Console 未运行。
        [close] { -rescue } 无法关闭会话 { $session }：{ $tech } 处于离线状态或其 Technician Console 未运行，或者该会话上有其他待处理的操作。
        [transfer] { -rescue } 无法转接会话 { $session }：{ $tech } 处于离线状态或其 Technician Console 未运行，或者该会话上有其他待处理的操作。
       *[start] { -rescue } 无法开始会话 { $session }：您选择的技术员处于离线状态或其 Technician Console 未运行，或者该会话已不在等待中。
    }
act-invalid-session = { -rescue } 不认识会话 { $session }：它可能已结束并被删除。请刷新列表。
act-invalid-node = { $action ->
        [transfer] { -rescue } 拒绝了转接目标：您的帐户中不存在该技术员或频道（或类型不符）。请另选一个。
       *[other] { -rescue } 不认识您选择的技术员，因此未开始会话。请另选一个。
    }
act-invalid-authcode = { -rescue } 不再接受您的 API 令牌或授权码（可能已被更新的替换）。请注销后重新登录。
act-user-gone = 您的 { -rescue } 用户已被删除或停用，因此 { -rescue } 拒绝了{ $noun }。请咨询您的 { -rescue } 管理员。
act-undocumented = { -rescue } 答复了 { $code }，这是本仪表板不认识的原因。会话 { $session } 的{ $noun }可能未执行：请检查其状态。
act-no-answer = { $failure ->
        [timeout] { -rescue } 未及时答复。会话 { $session } 的{ $noun }可能已执行，也可能未执行：重试之前请检查该会话。
        [unreachable] 目前无法从此服务器连接 { -rescue }，因此{ $action ->
            [cancel] 未取消任何内容
           *[other] 未发送任何内容
        }。请稍后重试。
        [rate-limited] { -rescue } 目前要求减少请求（HTTP 429），因此{ $action ->
            [cancel] 未取消任何内容
           *[other] 未发送任何内容
        }。请等待一分钟后重试。
        [broken] 在{ $noun }过程中与 { -rescue } 的连接中断。会话 { $session } 上可能已执行，也可能未执行：重试之前请检查。
        [too-large] { -rescue } 的答复过大，无法读取，因此仪表板不知道会话 { $session } 的{ $noun }是否已执行：请检查该会话。
       *[unreadable] 无法理解 { -rescue } 的答复。会话 { $session } 的{ $noun }可能已执行，也可能未执行：请检查该会话。
    }
act-redirected = { -rescue } 以重定向（HTTP { $status }）答复，而本仪表板从不跟随重定向，因此{ $action ->
        [cancel] 未取消任何内容
       *[other] 未发送任何内容
    }。请告知您的管理员：所配置的 { -rescue } 地址可能有误。
act-http-status = { -rescue } 出现问题（HTTP { $status }）。会话 { $session } 的{ $noun }很可能未执行：请检查该会话，然后重试。
interrupted = 之前对此按钮的点击被中断；{ -rescue } 可能收到了，也可能没有。重试之前，请检查该会话的状态。

## 存储与内部

shared-store-unavailable = 目前无法访问仪表板的共享存储，因此未向 { -rescue } 发送任何内容。请稍后重试，或告知您的管理员。
shared-store-unavailable-read = 目前无法访问仪表板的共享存储，因此未向 { -rescue } 请求报告。请稍后重试，或告知您的管理员。
session-store-down = 仪表板目前无法读取其登录信息（其会话存储无法访问），因此未做任何更改。请稍后重试，或告知您的管理员。
shared-store-unavailable-sign-in = 目前无法访问仪表板的共享存储，因此任何人都无法登录。请稍后重试，或告知您的管理员。
audit-unavailable = 目前无法写入审计日志，因此未向 { -rescue } 发送任何内容：每项操作在执行前都会先记录。请稍后重试，或告知您的管理员。
session-not-saved = 无法保存仪表板会话；请重试
form-invalid = 提交的表单不完整或无效。请重新加载页面后重试。
page-link-invalid = 页面链接无效；请从最新的开始。
history-unreadable = 目前无法读取历史记录。请稍后重试。
internal = 仪表板无法处理此请求。请稍后重试。

## 列表的时钟

updated-refreshing = 正在刷新…
updated-unanswered = 无法刷新：仪表板未响应。显示的是 { $age } 前的列表
updated-just-now = 刚刚更新
updated-ago = { $age } 前更新
updated-paused = { $age } · 确认期间已暂停自动刷新
updated-every = { $age } · 每 { $secs } 秒刷新一次

## 从 Rescue 读取

transport-timeout = { -rescue } 未及时答复。未做任何更改；请稍后重试。
transport-unreachable = 目前无法从此服务器连接 { -rescue }。请稍后重试。
transport-rate-limited = { -rescue } 目前要求减少请求。请等待一分钟后重试。
transport-redirected = { -rescue } 以重定向（HTTP { $status }）答复，而本仪表板从不跟随重定向，因此未转发任何内容。请告知您的管理员：所配置的 { -rescue } 地址可能有误。
transport-http-status = { -rescue } 出现问题（HTTP { $status }）。请稍后重试。
transport-no-session = { -rescue } 接受了登录，但没有开始会话。请重试。
transport-too-large = { -rescue } 的答复过大，无法读取，因此不显示任何内容。请缩小请求范围（选择一个技术员或组，而不是所有人），或告知您的管理员。
transport-unreadable = 无法理解 { -rescue } 的答复。请重试；如果仍然发生，请告知您的管理员。
list-invalid-node = { -rescue } 不认识此技术员、组或频道。
list-user-gone = 您的 { -rescue } 用户已被删除或停用。
list-invalid-authcode = { -rescue } 不再接受您的 API 令牌或授权码。
list-not-logged-in = 您在 { -rescue } 的登录已过期。
list-error = { -rescue } 在列出会话时报告了错误。请重试。
list-undocumented = { -rescue } 以本仪表板不认识的原因拒绝了列表（{ $code }）。
nothing-to-list = 您的 { -rescue } 帐户没有可列出的技术员或频道。
no-targets = { -rescue } 未列出其技术员和频道，因此没有可选择的对象。请稍后重试。
login-expired = 您在 { -rescue } 的登录因闲置 20 分钟而过期。请重新登录，从离开的地方继续。

## 地址

address-bad-id = 地址中的 { $field } 无效：{ $why }。
address-bad-noderef = noderef 必须是 NODE 或 CHANNEL。
address-bad-day = { $name } 必须是类似 2026-11-28 的日期，而不是“{ $value }”。
address-backwards = 日期范围颠倒：{ $from } 晚于 { $to }。

## 报告

report-wait-copy = { -rescue } 每次登录每分钟只允许一份报告；这是于 { $at } 获取的副本。{ $secs } 秒后可获取新报告。
report-wait = { -rescue } 每次登录每分钟只允许一份报告。{ $secs } 秒后可获取此报告。
report-invalid-format = { -rescue } 无法读取报告的日期（INVALIDFORMAT）。请从日历中重新选择日期。
report-invalid-range = { -rescue } 拒绝了报告的日期范围（INVALIDDATERANGE）：第一天不能晚于最后一天。请重新选择日期。
report-user-gone = { -rescue } 拒绝了报告设置：您的 { -rescue } 用户已被删除或停用（USER_DELETED_OR_DISABLED）。
report-settings-refused = { -rescue } 拒绝了报告设置（{ $code }）。请稍后重试。
report-refused = { -rescue } 无法生成报告（{ $code }）。请一分钟后重试。
reports-need-password = 在此帐户上，{ -rescue } 不为 API 令牌或授权码生成报告。请注销，然后使用电子邮件和密码登录以查看报告。
report-unknown-node = { -rescue } 不认识此节点；请从列表中另选一个。
report-form-hint = 选择整个帐户、技术员、组或频道以及日期，然后点击“显示报告”。{ -rescue } 每次登录每分钟生成一份报告。
report-not-fetched = 尚未获取此报告：请先在报告页面中打开它。

## 登录

signed-in = 已登录。
login-invalid = 电子邮件或密码不正确。请检查两者后重试。
login-ip-restricted = { -rescue } 拒绝了登录：您的 { -rescue } 帐户只接受来自允许的 IP 地址的登录，而本仪表板的服务器不在其中。请让 { -rescue } 帐户持有人允许该服务器的地址。
login-error = { -rescue } 在为您登录时报告了错误。请稍后重试。
login-undocumented = { -rescue } 以本仪表板不认识的原因拒绝了登录（{ $code }）。
token-invalid = { -rescue } 不接受此令牌或授权码：可能输入有误，或已被更新的替换。
token-user-gone = 此令牌对应的 { -rescue } 用户已被删除或停用。
token-not-accepted = { -rescue } 未接受此令牌或授权码。
token-error = { -rescue } 在检查令牌时报告了错误。请稍后重试。
token-undocumented = { -rescue } 以本仪表板不认识的原因拒绝了令牌（{ $code }）。
too-many-failures = 来自您网络地址的登录失败次数过多。请等待 { $wait } 后重试。
rescue-limit = { -rescue } 对每个帐户 3 分钟内最多允许 10 次登录，此帐户已达到该上限。请等待 { $wait } 后重试。
lifetime-over = 您在此处的登录最长持续 { $most }，该时间已到。请重新登录，从离开的地方继续。
idle-over = 您离开超过 { $idle }，因此已被注销。请重新登录，从离开的地方继续。
signed-out = 您已注销。
login-revoked = { -rescue } 不再接受您的登录（已在那里结束，或帐户已被停用）。请重新登录以继续。
field-fields = 请输入您的 { -rescue } 电子邮件和密码。
field-email = 这不是 { -rescue } 可能使用的电子邮件地址（最多 254 个字符，一行）。
field-password = 该密码比 { -rescue } 接受的任何密码都长（最多 256 个字符）。
field-token = 粘贴 API 令牌或授权码：一个词，不含空格，最多 512 个字符。
not-allowed = { -rescue } 接受了此帐户，但它不是获准使用本仪表板的管理员之一。未保留任何内容；请让 { -product } 的运维人员添加它。
token-owner-unknown = { -rescue } 未说明此令牌属于谁，而本仪表板只允许列表中的管理员。请改用您的 { -rescue } 电子邮件和密码登录。
sso-provider = { $provider } 未让您登录（{ $code }）。未保留任何内容；请重试，或咨询您的身份提供商的运维人员。
sso-undocumented = { -rescue } 以本仪表板不认识的原因拒绝了单点登录（{ $code }）。
sso-refusal = { $why ->
        [cancelled] { $provider } 未让您登录（您或提供商已取消）。未保留任何内容。
        [state] 通过 { $provider } 的此次登录已过期、已被使用，或是在另一个浏览器中开始的。请用登录按钮重新开始。
        [code] { $provider } 未接受此次登录的代码（可能已被使用或已过期）。请用登录按钮重新开始。
        [no-id-token] { $provider } 的答复没有说明您是谁（没有 ID 令牌）。请让您的身份提供商的运维人员为本仪表板允许 openid 范围。
        [issuer] 答复并非来自所配置的 { $provider }（颁发者不符），因此不予信任。未保留任何内容。
        [audience] { $provider } 的答复是给另一个应用程序的（受众不符），因此不予信任。未保留任何内容。
        [expired] { $provider } 的答复已经过期。请检查此服务器的时钟，然后用登录按钮重新开始。
        [signature] { $provider } 的答复不是由它签名的，因此不予信任。未保留任何内容。
        [nonce] { $provider } 的答复属于另一次登录，因此不予信任。请用登录按钮重新开始。
        [unverified] { $provider } 尚未验证您帐户的电子邮件地址，因此无法让您在此登录。请让您的身份提供商的运维人员进行验证。
        [claim] { $provider } 未说明哪个 { -rescue } 单点登录 ID 是您的（本仪表板设定读取的声明缺失或为空）。
        [not-allowed] { $provider } 已让您登录，但您的帐户不是获准使用本仪表板的管理员之一。未保留任何内容；请让 { -product } 的运维人员添加它。
        [unreachable] 目前无法从此服务器连接 { $provider }。请稍后重试。
        [store] 此服务器目前无法访问其共享存储，因此任何人都无法登录。请稍后重试。
        [rescue-invalid] { $provider } 已让您登录，但 { -rescue } 未接受单点登录：您的 { -rescue } 帐户可能使用另一个单点登录 ID 或已被停用，或者本仪表板的公司 SSO 密码或 ID 与 { -rescue } 的全局设置（Global Settings）不符。
        [company] { -rescue } 拒绝了本仪表板的公司 ID（RESCUE_COMPANY_ID）。请让 { -product } 的运维人员将其与 { -rescue } 的全局设置（Global Settings）核对。
       *[rescue-error] { -rescue } 在通过单点登录为您登录时报告了错误。请稍后重试。
    }
password-refused-try-sso = 电子邮件或密码不正确。如果您的公司通过 { $provider } 登录，请改用“使用 { $provider } 登录”按钮：使用单点登录的帐户没有 { -rescue } 密码。
method-off = 此处已关闭这种登录方式。请使用登录页面提供的方式之一。

## 批量操作

bulk-explanation = 每个会话向 { -rescue } 请求一次，每次四个，每次调用都会先记录在审计日志中。每个会话的答复一到达就会显示在下一页上；不会重试任何内容。
login-expired-mid-run = 您在 { -rescue } 的登录在此次运行期间过期，因此尚未发送的会话未做更改。请重新登录，然后再次选择它们。
run-gone = 这些结果已不在此处（只保留此浏览器最近一次批量操作的结果）。“历史记录”页面上的审计日志包含所做的每次调用。
bulk-actions-only = 批量操作只有取消、保留和关闭：未向 { -rescue } 发送任何内容。
bulk-no-list = 表单未指定会话列表：未向 { -rescue } 发送任何内容。
bulk-no-list-address = 地址未指定列表：请返回会话页面重新选择。
nothing-pending = 此列表中没有会话有您待处理的操作：没有可取消的内容。
none-listed = 所选会话都已不在此处列出：它们可能已结束或已移走。请返回列表并刷新。
not-sent-gone = 会话 { $session } 已不在此处列出（已结束或已移走），因此未发送给 { -rescue }。
not-sent-expired = 会话 { $session } 未发送：您在 { -rescue } 的登录已过期。
left-out = 已不在此处列出，已略过：{ $sessions }（它们可能已结束或已移走）。
bulk-label = { $action ->
        [cancel] 取消 { $count } 个会话上的操作
        [hold] 保留 { $count } 个会话
       *[close] 关闭 { $count } 个会话
    }
not-possible = { $action ->
        [cancel] 并非所选的每个会话都可以“取消操作”：{ $refused } 无法取消。
        [hold] 并非所选的每个会话都可以“保留”：{ $refused } 无法保留。
       *[close] 并非所选的每个会话都可以“关闭”：{ $refused } 无法关闭。
    }请只选择允许此操作的会话：未向 { -rescue } 发送任何内容。
bulk-group = { $group ->
        [done] { $action ->
            [cancel] 已取消
            [hold] 已保留
           *[close] 已关闭
        } { $count } 个
        [offline] 技术员离线 { $count } 个
        [gone] 会话已不存在 { $count } 个
        [not-admin] 被拒绝（不是管理员）{ $count } 个
        [unknown] 结果未知或途中失败 { $count } 个
        [refused] 被 { -rescue } 拒绝 { $count } 个
       *[not-sent] 未发送 { $count } 个
    }
list-separator = {"、"}
bulk-progress = 目前 { $total } 个中已答复 { $answered } 个 · 在全部到达之前，此页面每 2 秒更新一次

## 确认操作

no-such-action = 没有这样的会话操作：操作有 cancel、hold、close、transfer 和 start。
bad-session-id = 会话 ID 无效：{ $why }。
pick-technician = 请选择应开始此会话的技术员。
pick-target = 请选择要转接到的技术员或频道。
not-a-target = 目标 `{ $target }` 既不是技术员也不是频道。
bad-target = 目标无效：{ $why }。
only-technicians-start = 只有技术员才能开始会话，频道不能。
comment-too-long = 备注长 { $length } 个字符；{ -rescue } 最多接受 { $most } 个。
comment-one-line = 备注必须是一行文本（不含换行符或控制字符）。
sign-in-first = 请先登录。未向 { -rescue } 发送任何内容。
expired-mid-action = 您在 { -rescue } 的登录已过期，因此会话 { $session } 未做更改。请重新登录以继续。
confirmation-invalid = 此确认不是本仪表板生成的，因此未向 { -rescue } 发送任何内容。请从列表中重新打开确认。
confirmation-expired = 此确认已超过一小时，因此未向 { -rescue } 发送任何内容。请从列表中重新打开，查看会话的当前状态。
confirmation-running = 此确认已在执行中，因此未再次发送。其结果将显示在列表和历史记录中。
already-done = 已完成：此确认之前已发送，因此未再次发送任何内容。{ $first }
nothing-sent-marker = 未发送任何内容
not-sent = { $why } 未向 { -rescue } 发送任何内容。
answer-unrecorded = 无法将 { -rescue } 的答复写入审计日志，此次尝试在日志中显示为结果未知；请告知您的管理员。
no-longer-listed = 会话 { $session } 已不在此处列出：它可能已结束或已移走。请返回列表并刷新。

## 实时列表与其他管理员的操作

stream-signed-out = 登录后即可实时跟踪此列表。
stream-no-list = 请指定要跟踪的列表：node 和 noderef（NODE 或 CHANNEL）。
live-updates = { $age } · 实时
news-mark = { $by } 的{ $action ->
        [cancel] 取消操作
        [hold] 保留
        [close] 关闭
        [transfer] 转接
       *[start] 开始
    } — { $how ->
        [requested] 已请求
        [unknown] 结果未知，请在 { -rescue } 中检查
        [done] 已完成
        [refused] 被 { -rescue } 拒绝
       *[no-answer] { -rescue } 无答复
    } { $at }

## 等待中的客户

waiting-mark = 已等待 { $age }
wait-alerts = { $count } 位客户等待超过 { $limit }
sessions-title = { $alerts ->
        [0] 会话 — { $node }
       *[other] ({ $alerts }) 会话 — { $node }
    }

## 会话结果（Post to URL）

outcome-id-invalid = 这不是 { -rescue } 会话 ID：会话 ID 是一个数字，如会话列表所示。
outcome-unreadable = 目前无法读取该会话的记录。请稍后重试。
outcome-not-deleted = 目前无法删除该会话的记录；未移除任何内容。请稍后重试。
outcomes-count = { $count ->
        [0] 没有匹配的由 { -rescue } 发送的会话。
       *[other] 本页 { $count } 个会话，最近发送的在前。
    }
posts = { $count } 次发送
outcome-deleted = 此会话的记录已由 { $admin } 于 { $at } 删除（{ $posts }）。
outcome-not-found = 没有保存关于会话 { $session } 的任何内容：{ -rescue } 未将其发送到本仪表板，此处也未对其执行任何操作。
counts-summary = 按{ $group ->
        [day] 日期
        [waiting] 等待时间
       *[technician] 技术员
    }统计的 { $total } 个会话（显示 { $groups } 组）；最多的是 { $label }，共 { $most } 个。
counts-summary-none = 没有按{ $group ->
        [day] 日期
        [waiting] 等待时间
       *[technician] 技术员
    }统计的会话。
outcomes-summary = 有 { $sessions } 个会话符合筛选条件，由 { $technicians } 位技术员处理。
waiting-unknown = 有 { $count } 个会话的发送内容中没有等待时间。
bucket-under = 少于 { $hi }
bucket-between = { $lo } 至 { $hi }
bucket-over = { $lo } 或以上
record-link = 会话 { $session } 的记录
sign-in-incomplete = 登录表单不完整。
session-action = 会话操作
confirm = 确认


## 登录页面

product = { -product }
sign-in-lede = 使用您的 LogMeIn { -rescue } 管理员帐户登录。
demo-mode = 演示模式
sign-in-demo = 此服务器与内置的 { -rescue } 模拟器通信，而不是与 LogMeIn { -rescue } 通信。请以 { $email } 身份、使用密码 { $password } 登录。
signed-in-as = 您已以 { $email } 身份登录。
go-to-sessions = 前往会话
sign-out = 注销
sign-in-with = 使用 { $provider } 登录
email = 电子邮件
password = 密码
password-show = 显示
password-hide = 隐藏
sign-in = 登录
signing-in = 正在登录…
sign-in-token-summary = 使用 API 令牌或授权码登录
token-label = API 令牌或授权码
sign-in-with-token = 使用令牌登录

## 会话页面

sessions = 会话
sessions-heading = 会话 — { $node }
filter-sessions = 筛选会话
col-session = 会话
col-status = 状态
col-technician = 技术员
col-channel = 频道
col-in-status-for = 处于此状态的时长
col-started = 开始时间
col-customer = 客户
col-language = 语言
col-actions = 操作
status-live = 进行中（未结束）
status-finished = 已结束
search-sessions = 搜索 ID、客户、字段
apply = 应用
clear = 清除
any = 任意
refresh = 刷新
notify-waits = 等待过久时通知我
bulk-bar = 对所选会话执行操作
bulk-cancel-selected = 取消所选会话上的操作
bulk-hold-selected = 保留所选会话
bulk-close-selected = 关闭所选会话
bulk-select-pending = 所有有我待处理操作的行
no-sessions-match = 没有符合这些筛选条件的会话。
no-sessions-here = 目前这里没有会话。
picker = 技术员、组和频道
bulk-selected = 已选择 { $count } 个会话
bulk-not-allowed = 并非所选的每个会话都允许此操作
wait-notice = 会话 { $session }：客户{ $mark }

lead-mark = （负责人）
more-actions = 更多
select-session = 选择会话 { $session }
loading-sessions = 正在加载会话…
sessions-page-title = 会话 — { -product }
bad-sort = sort 必须是 { $keys } 之一，而不是“{ $sort }”。
bad-dir = dir 必须是 asc 或 desc，而不是“{ $dir }”。
search-too-long = 搜索文本过长（最多 200 个字）。

## 选择器与顶栏

language = 语言
language-change = 更改语言
language-unknown = 请选择仪表板支持的语言：{ $tags }。
back-invalid = 无法返回该页面地址。
theme-unknown = 请选择配色方案：system、light 或 dark。
theme = { $theme ->
        [light] 浅色
        [dark] 深色
       *[system] 跟随系统
    }
theme-picker = 配色方案
theme-colours = 配色：

nav-sections = 栏目
nav-sessions = 会话
nav-history = 历史记录
nav-reports = 报告
nav-outcomes = 结果
node-unnamed = 节点 { $id }
not-found = 找不到页面
not-found-text = 此地址没有任何内容。
go-to-sign-in = 前往登录
sign-in-needed = 您需要登录。
back-to-sessions = ← 返回会话
dashboard-unreachable = 无法连接服务器。请检查您的连接后重试。

## 确认

waiting-in-queue = —（在队列中等待）
target-technician = 开始会话的技术员
target-transfer = 转接到
target-channel = 频道：{ $name }
pick-one = 请选择…
transfer-comment = 给接收技术员的备注
keep-it = 保持不变
close-dialog = 关闭
loading-session = 正在加载会话…
no-node = 地址未指定节点。

## 批量操作页面

picks-none = 请至少选择一个会话：未向 { -rescue } 发送任何内容。
picks-too-many = 一次最多可更改 { $most } 个会话，而您选择了 { $chosen } 个：未向 { -rescue } 发送任何内容。请用筛选条件缩小列表，或少选一些。
picks-bad = “{ $value }”不是列表中的会话（应为会话 ID 及其技术员 ID，如 1073200000:337202）：未向 { -rescue } 发送任何内容。
loading-the-sessions = 正在加载会话…
bulk-action = 批量操作
bulk-page-title = 批量操作 — { -product }
page-title = { $page } — { -product }
bulk-confirm = 确认：{ $label }
keep-them = 保持不变
bulk-question = { $label }？
the-sessions = 会话
bulk-results-title = { $label }：结果 — { -product }
bulk-results = { $label }：结果
bulk-each-outcome = 每个会话的结果
waiting-for-rescue = 正在等待 { -rescue }…
col-your-pending = 您待处理的操作
col-outcome = 结果
nothing-sent-title = 未发送任何内容 — { -product }
session-record = 会话记录

## 历史记录

loading-history = 正在加载历史记录…
history-charts = 筛选后操作的图表
history-heading = 操作历史记录
history-filter = 筛选历史记录
from-utc = 从（UTC）
to-utc = 到（UTC）
col-admin = 管理员
col-action = 操作
session-id = 会话 ID
delivery = 向 SIEM 投递
history-table = 操作，最新的在前
export-csv = 导出 CSV
col-time-utc = 时间（UTC）
col-latency = 延迟
col-as-listed = 列出时的会话
pager = 列表分页
pager-newest = ← 最新
pager-older = 较早 →
none-value = （无）
chart-numbers = 数字
chart-total = 合计
chart-over-time-utc = 各时间段的结果（UTC）
chart-over-time = 各时间段的结果
chart-day = 日期
chart-by = { $noun ->
        [admin] 按管理员的结果
       *[technician] 按技术员的结果
    }
chart-group = { $noun ->
        [admin] 管理员
       *[technician] 技术员
    }

## 会话结果页面

outcomes-heading = 会话结果
outcomes-search = 客户、字段、跟踪 ID、备注
outcomes-table = { -rescue } 发送的会话，最新的在前
col-last-post = 最后发送（UTC）
col-waiting = 等待
col-pickup = 接手
col-work-time = 工作时间
col-posts = 发送次数
custom-field = 自定义字段 { $n }
technician-email = 技术员电子邮件
tracking-id = 跟踪 ID
waiting-time = 等待时间
pickup-time = 接手用时
session-heading = 会话 { $session }
session-glance = 会话概览
technician-notes = 技术员备注
chat = 聊天
what-rescue-sent = { -rescue } 发送的内容（{ $posts }）
delete-record-summary = 删除此会话的记录…
delete-record-explanation = 删除会移除 { -rescue } 为此会话发送的所有内容（用于客户删除其数据的请求）。谁在何时删除的会被保留。
delete-record = 删除记录
actions-here = 通过本仪表板执行的操作
none-sentence = 无。
action-log-line = { $when } — { $admin } 的{ $action }：{ $outcome }
in-the-history = 在历史记录中 →
field-name = { $field ->
        [from] 从
        [to] 到
        [session] 会话
        [outcome] 结果
        [admin] 管理员
        [action] 操作
        [technician] 技术员
        [delivery] 投递
       *[search] 搜索
    }
bad-session-filter = 会话必须是会话 ID（仅数字），而不是“{ $value }”。
bad-delivery = 投递必须是“waiting”或“dead”。
text-too-long = { $name } 过长或含有控制字符（最多 { $most } 个字）。
chart-per-technician = 每位技术员的会话
chart-per-day = 每天的会话（UTC，按首次发送）
chart-month = 月份
chart-waiting-times = 等待时间
all-technicians = 所有技术员
summary = 摘要
summary-caption = 每位技术员的会话和时间
median-waiting = 等待中位数
median-pickup = 接手中位数
median-work = 工作时间中位数
total-work = 总工作时间
outcomes-charts = 筛选后会话的图表


## 报告

loading-report = 正在加载报告…
report-heading = 会话报告
report-choose = 选择报告
report-target = 技术员、组或频道
whole-account = 整个帐户
show-report = 显示报告
report-fetched = { $total } 个会话，于 { $at } 从 { -rescue } 获取。
fetch-again = 重新获取
by-status = 按状态
resolved = 已解决
resolved-count = 已解决 { $resolved } 个，未解决 { $unresolved } 个
by-technician = 按技术员
median-total = 合计中位数
report-sessions = 报告中的会话
queue = （队列）
skip-link = 跳到主要内容
cross-site-refused = 此请求来自其他网站，已被拒绝。请使用 { -product } 自己的页面。
sign-in-too-large = 登录表单远大于任何 { -rescue } 登录；未向 { -rescue } 发送任何内容。
