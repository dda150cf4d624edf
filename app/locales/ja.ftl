# Rescue Console — 日本語。en.ftl から丁寧に翻訳しました。会社ごとの修正はこのファイルに
# 加えてください（docs/features.md を参照）。{ $… } の値はダッシュボードが入れます。

-rescue = Rescue
-product = Rescue Console

## 時間と時刻

duration-seconds-spoken = { $s } 秒
duration-minutes-spoken = { $m } 分
duration-s = { $s } 秒
duration-min = { $m } 分
duration-min-s = { $m } 分 { $s } 秒
duration-h-min = { $h } 時間 { $m } 分
utc-time = { $time } UTC
date-time = { $year }/{ $month }/{ $day } { $time }
latency = { $ms } ms

## 件数

row-count = { $total } 行。
row-count-narrowed = { $total } 行中 { $shown } 行が一致。
history-count = { $count ->
        [0] 一致する記録済みの操作はありません。
       *[other] このページに { $count } 件の操作（新しい順）。
    }
chart-others = その他（{ $count }）
chart-summary = { $what ->
        [over-time] 期間別
        [by-admin] 管理者別
       *[by-technician] 技術者別
    }の操作 { $total } 件、{ $groups } { $noun ->
        [month] か月
        [day] 日
        [admin] 人の管理者
       *[technician] 人の技術者
    }：{ $parts }。
malformed-rows = { -rescue } から届いた { $count } 行を読み取れなかったため、表示していません。

## セッションへの操作

action-label = { $action ->
        [cancel] 操作の取り消し
        [hold] 保留
        [close] 終了
        [transfer] 転送
       *[start] 開始
    }
action-question = { $action ->
        [cancel] このセッションの操作を取り消しますか？
        [hold] このセッションを保留にしますか？
        [close] このセッションを終了しますか？
        [transfer] このセッションを転送しますか？
       *[start] このセッションを開始しますか？
    }
action-explanation = { $action ->
        [cancel] このセッションで依頼した操作（保留・終了・転送・開始）を、技術者のコンソールが実行する前に { -rescue } が破棄します。
        [hold] 技術者のコンソールがセッションを保留にします。それまでは「操作の取り消し」で依頼を取り消せます。
        [close] 技術者のコンソールがお客様とのセッションを終了します。それまでは「操作の取り消し」で依頼を取り消せます。
        [transfer] セッションはコメントとともに、選んだ技術者またはチャネルへ移ります。コンソールが実行するまでは「操作の取り消し」で取り消せます。
       *[start] 選んだ技術者がこの待機中のセッションを引き受けます。そのコンソールが実行するまでは「操作の取り消し」で依頼を取り消せます。
    }
action-busy = { $action ->
        [cancel] 取り消し中…
        [hold] 保留中…
        [close] 終了中…
        [transfer] 転送中…
       *[start] 開始中…
    }
pending = { $at } に{ $action ->
        [cancel] 取り消し
        [hold] 保留
        [close] 終了
        [transfer] 転送
       *[start] 開始
    }を依頼、処理待ち
pending-uncertain = { $at } に{ $action ->
        [cancel] 取り消し
        [hold] 保留
        [close] 終了
        [transfer] 転送
       *[start] 開始
    }を依頼、結果不明：{ -rescue } でセッションを確認してください
outcome-note-attempted = { -rescue } に送信済み。まだ応答がありません。
outcome-note-unknown = 結果不明：呼び出し中にサーバーが停止しました。{ -rescue } でセッションを確認してください。
the-technician = 技術者
action-noun = { $action ->
        [cancel] 取り消し
        [hold] 保留
        [close] 終了
        [transfer] 転送
       *[start] 開始
    }
act-attempted = セッション { $session } の{ $noun }を { -rescue } に送信しましたが、まだ応答がありません。再試行する前に、少し待ってセッションの状態を確認してください。
act-unknown = 結果不明：セッション { $session } の{ $noun }中にダッシュボードのサーバーが停止したため、{ -rescue } が実行したかどうかは分かりません。再試行する前に { -rescue } でセッションを確認してください。
act-ok = { $action ->
        [cancel] 取り消しました：セッション { $session } で依頼した操作は実行されず、セッションは元の状態に戻りました。
        [hold] 保留を依頼しました：まもなく { $tech } のコンソールがセッション { $session } を保留にします。それまでは「操作の取り消し」で取り消せます。
        [close] 終了を依頼しました：まもなく { $tech } のコンソールがセッション { $session } を終了します。それまでは「操作の取り消し」で取り消せます。
        [transfer] 転送を依頼しました：コンソールが実行すると、セッション { $session } はコメントとともに移ります。それまでは「操作の取り消し」で取り消せます。
       *[start] 開始を依頼しました：まもなく選んだ技術者がセッション { $session } を引き受けます。それまでは「操作の取り消し」で取り消せます。
    }
act-error = { -rescue } がエラーを報告し、セッション { $session } の{ $noun }を確認しませんでした。再試行する前にセッションの状態を確認してください。
act-not-admin = { $action ->
        [cancel] お使いの { -rescue } アカウントは管理者ではないため、操作を取り消せません。{ -rescue } の管理者に依頼するか、管理者アカウントでサインインしてください。
       *[other] お使いの { -rescue } アカウントは管理者ではないため、{ -rescue } は{ $noun }を拒否しました。{ -rescue } の管理者に依頼するか、管理者アカウントでサインインしてください。
    }
act-failed = { $action ->
        [cancel] { -rescue } はセッション { $session } で取り消しできませんでした：{ $tech } がオフラインか Technician Console が起動していないか、あなたの処理待ちの操作がありません。
        [hold] { -rescue } はセッション { $session } を保留にできませんでした：すでに保留中か別の操作が処理待ちか、{ $tech } の Technician Console が起動していません。
        [close] { -rescue } はセッション { $session } を終了できませんでした：{ $tech } がオフラインか Technician Console が起動していないか、別の操作が処理待ちです。
        [transfer] { -rescue } はセッション { $session } を転送できませんでした：{ $tech } がオフラインか Technician Console が起動していないか、別の操作が処理待ちです。
       *[start] { -rescue } はセッション { $session } を開始できませんでした：選んだ技術者がオフラインか Technician Console が起動していないか、セッションがもう待機中ではありません。
    }
act-invalid-session = { -rescue } はセッション { $session } を認識していません：終了して削除された可能性があります。一覧を更新してください。
act-invalid-node = { $action ->
        [transfer] { -rescue } は転送先を拒否しました：その技術者またはチャネルはアカウントに存在しません（または種類が違います）。別の転送先を選んでください。
       *[other] { -rescue } は選んだ技術者を認識していないため、セッションは開始されませんでした。別の技術者を選んでください。
    }
act-invalid-authcode = { -rescue } はお使いの API トークンまたは認証コードを受け付けなくなりました（新しいものに置き換えられた可能性があります）。サインアウトしてから、もう一度サインインしてください。
act-user-gone = お使いの { -rescue } ユーザーは削除または無効化されているため、{ -rescue } は{ $noun }を拒否しました。{ -rescue } の管理者に問い合わせてください。
act-undocumented = { -rescue } は { $code } と応答しました。このダッシュボードが知らない理由です。セッション { $session } の{ $noun }は行われていない可能性があります：状態を確認してください。
act-no-answer = { $failure ->
        [timeout] { -rescue } が時間内に応答しませんでした。セッション { $session } の{ $noun }は行われたかどうか分かりません：再試行する前にセッションを確認してください。
        [unreachable] 現在このサーバーから { -rescue } に接続できないため、{ $action ->
            [cancel] 何も取り消されていません
           *[other] 何も送信されていません
        }。後でもう一度お試しください。
        [rate-limited] { -rescue } は現在リクエストを減らすよう求めています（HTTP 429）。そのため{ $action ->
            [cancel] 何も取り消されていません
           *[other] 何も送信されていません
        }。1 分待ってからもう一度お試しください。
        [broken] { $noun }中に { -rescue } との接続が切れました。セッション { $session } で行われたかどうか分かりません：再試行する前に確認してください。
        [too-large] { -rescue } の応答が大きすぎて読み取れないため、セッション { $session } の{ $noun }が行われたかどうか分かりません：セッションを確認してください。
       *[unreadable] { -rescue } の応答を理解できませんでした。セッション { $session } の{ $noun }は行われたかどうか分かりません：セッションを確認してください。
    }
act-redirected = { -rescue } はリダイレクト（HTTP { $status }）で応答しました。このダッシュボードはリダイレクトに従わないため、{ $action ->
        [cancel] 何も取り消されていません
       *[other] 何も送信されていません
    }。管理者に連絡してください：設定された { -rescue } のアドレスが誤っている可能性があります。
act-http-status = { -rescue } に問題が起きています（HTTP { $status }）。セッション { $session } の{ $noun }はおそらく行われていません：セッションを確認してから、もう一度お試しください。
interrupted = このボタンの前回のクリックは中断されました。{ -rescue } が受け取ったかどうか分かりません。再試行する前にセッションの状態を確認してください。

## ストアと内部

shared-store-unavailable = ダッシュボードの共有ストアに現在接続できないため、{ -rescue } には何も送信していません。しばらくしてからもう一度お試しいただくか、管理者に連絡してください。
shared-store-unavailable-read = ダッシュボードの共有ストアに現在接続できないため、{ -rescue } にレポートを依頼していません。しばらくしてからもう一度お試しいただくか、管理者に連絡してください。
session-store-down = ダッシュボードは現在サインイン情報を読み取れません（セッションストアに接続できません）。何も変更していません。しばらくしてからもう一度お試しいただくか、管理者に連絡してください。
shared-store-unavailable-sign-in = ダッシュボードの共有ストアに現在接続できないため、誰もサインインできません。しばらくしてからもう一度お試しいただくか、管理者に連絡してください。
audit-unavailable = 現在監査ログに書き込めないため、{ -rescue } には何も送信していません：すべての操作は実行前に記録されます。しばらくしてからもう一度お試しいただくか、管理者に連絡してください。
session-not-saved = ダッシュボードのセッションを保存できませんでした。もう一度お試しください
form-invalid = 送信されたフォームが不完全か無効です。ページを再読み込みして、もう一度お試しください。
page-link-invalid = ページのリンクが無効です。最新のページから始めてください。
history-unreadable = 現在履歴を読み取れません。しばらくしてからもう一度お試しください。
internal = ダッシュボードはこのリクエストを処理できませんでした。しばらくしてからもう一度お試しください。

## 一覧の時計

updated-refreshing = 更新中…
updated-unanswered = 更新できませんでした：ダッシュボードが応答しません。{ $age } 前の一覧を表示しています
updated-just-now = たった今更新
updated-ago = { $age } 前に更新
updated-paused = { $age } · 確認中は自動更新を一時停止
updated-every = { $age } · { $secs } 秒ごとに更新

## Rescue からの読み取り

transport-timeout = { -rescue } が時間内に応答しませんでした。何も変更していません。しばらくしてからもう一度お試しください。
transport-unreachable = 現在このサーバーから { -rescue } に接続できません。後でもう一度お試しください。
transport-rate-limited = { -rescue } は現在リクエストを減らすよう求めています。1 分待ってからもう一度お試しください。
transport-redirected = { -rescue } はリダイレクト（HTTP { $status }）で応答しました。このダッシュボードはリダイレクトに従わないため、何も転送していません。管理者に連絡してください：設定された { -rescue } のアドレスが誤っている可能性があります。
transport-http-status = { -rescue } に問題が起きています（HTTP { $status }）。後でもう一度お試しください。
transport-no-session = { -rescue } はサインインを受け付けましたが、セッションを開始しませんでした。もう一度お試しください。
transport-too-large = { -rescue } の応答が大きすぎて読み取れないため、何も表示していません。対象を絞り込む（全員ではなく技術者やグループを選ぶ）か、管理者に連絡してください。
transport-unreadable = { -rescue } の応答を理解できませんでした。もう一度お試しください。繰り返し起きる場合は管理者に連絡してください。
list-invalid-node = { -rescue } はこの技術者、グループ、またはチャネルを認識していません。
list-user-gone = お使いの { -rescue } ユーザーは削除または無効化されています。
list-invalid-authcode = { -rescue } はお使いの API トークンまたは認証コードを受け付けなくなりました。
list-not-logged-in = { -rescue } のサインインの有効期限が切れました。
list-error = セッションの一覧取得中に { -rescue } がエラーを報告しました。もう一度お試しください。
list-undocumented = { -rescue } は、このダッシュボードが知らない理由（{ $code }）で一覧を拒否しました。
nothing-to-list = お使いの { -rescue } アカウントには、一覧に表示する技術者やチャネルがありません。
no-targets = { -rescue } が技術者とチャネルを一覧表示しなかったため、選べるものがありません。しばらくしてからもう一度お試しください。
login-expired = 20 分間操作がなかったため、{ -rescue } のサインインの有効期限が切れました。もう一度サインインすると、作業を続けられます。

## アドレス

address-bad-id = アドレスの { $field } が無効です：{ $why }。
address-bad-noderef = noderef は NODE または CHANNEL でなければなりません。
address-bad-day = { $name } は 2026-11-28 のような日付でなければなりません（「{ $value }」ではなく）。
address-backwards = 期間が逆です：{ $from } が { $to } より後になっています。

## レポート

report-wait-copy = { -rescue } のレポートはサインインごとに 1 分に 1 件までです。これは { $at } に取得したものです。新しいレポートは { $secs } 秒後に取得できます。
report-wait = { -rescue } のレポートはサインインごとに 1 分に 1 件までです。このレポートは { $secs } 秒後に取得できます。
report-invalid-format = { -rescue } はレポートの日付を読み取れませんでした（INVALIDFORMAT）。カレンダーから日付を選び直してください。
report-invalid-range = { -rescue } はレポートの期間を拒否しました（INVALIDDATERANGE）：開始日は終了日より後にできません。日付を選び直してください。
report-user-gone = { -rescue } はレポートの設定を拒否しました：お使いの { -rescue } ユーザーは削除または無効化されています（USER_DELETED_OR_DISABLED）。
report-settings-refused = { -rescue } はレポートの設定を拒否しました（{ $code }）。しばらくしてからもう一度お試しください。
report-refused = { -rescue } はレポートを作成できませんでした（{ $code }）。1 分後にもう一度お試しください。
reports-need-password = { -rescue } はこのアカウントの API トークンや認証コードではレポートを作成しません。レポートを見るには、サインアウトしてメールアドレスとパスワードでサインインしてください。
report-unknown-node = { -rescue } はこのノードを認識していません。一覧から別のものを選んでください。
report-form-hint = アカウント全体、技術者、グループ、またはチャネルと日付を選び、「レポートを表示」を押してください。{ -rescue } のレポートはサインインごとに 1 分に 1 件です。
report-not-fetched = このレポートはまだ取得されていません：先にレポートページで開いてください。

## サインイン

signed-in = サインインしました。
login-invalid = メールアドレスまたはパスワードが正しくありません。両方を確認して、もう一度お試しください。
login-ip-restricted = { -rescue } はサインインを拒否しました：お使いの { -rescue } アカウントは許可された IP アドレスからのサインインのみを受け付け、このダッシュボードのサーバーは含まれていません。{ -rescue } アカウントの所有者に、サーバーのアドレスを許可するよう依頼してください。
login-error = サインイン中に { -rescue } がエラーを報告しました。しばらくしてからもう一度お試しください。
login-undocumented = { -rescue } は、このダッシュボードが知らない理由（{ $code }）でサインインを拒否しました。
token-invalid = { -rescue } はこのトークンまたは認証コードを受け付けません：入力の誤りか、新しいものに置き換えられた可能性があります。
token-user-gone = このトークンの { -rescue } ユーザーは削除または無効化されています。
token-not-accepted = { -rescue } はこのトークンまたは認証コードを受け付けませんでした。
token-error = トークンの確認中に { -rescue } がエラーを報告しました。しばらくしてからもう一度お試しください。
token-undocumented = { -rescue } は、このダッシュボードが知らない理由（{ $code }）でトークンを拒否しました。
too-many-failures = お使いのネットワークアドレスからのサインインの失敗が多すぎます。{ $wait } 待ってから、もう一度お試しください。
rescue-limit = { -rescue } では 1 つのアカウントのサインインは 3 分間に 10 回までで、このアカウントは上限に達しました。{ $wait } 待ってから、もう一度お試しください。
lifetime-over = ここでのサインインは最長 { $most } で、その時間が過ぎました。もう一度サインインすると、作業を続けられます。
idle-over = { $idle } 以上操作がなかったため、サインアウトしました。もう一度サインインすると、作業を続けられます。
signed-out = サインアウトしました。
login-revoked = { -rescue } はあなたのサインインを受け付けなくなりました（{ -rescue } 側で終了したか、アカウントが無効化されました）。続けるにはもう一度サインインしてください。
field-fields = { -rescue } のメールアドレスとパスワードを入力してください。
field-email = { -rescue } で使えるメールアドレスではありません（254 文字以内、1 行）。
field-password = { -rescue } が受け付けるどのパスワードよりも長いです（256 文字以内）。
field-token = API トークンまたは認証コードを貼り付けてください：空白のない 1 語、512 文字以内です。
not-allowed = { -rescue } はこのアカウントを受け付けましたが、このダッシュボードを使える管理者には含まれていません。何も保存していません。{ -product } の運用担当者に追加を依頼してください。
token-owner-unknown = { -rescue } はこのトークンの所有者を示さず、このダッシュボードは登録された管理者しか受け付けません。代わりに { -rescue } のメールアドレスとパスワードでサインインしてください。
sso-provider = { $provider } でサインインできませんでした（{ $code }）。何も保存していません。もう一度お試しいただくか、ID プロバイダーの運用担当者に問い合わせてください。
sso-undocumented = { -rescue } は、このダッシュボードが知らない理由（{ $code }）でシングルサインオンを拒否しました。
sso-refusal = { $why ->
        [cancelled] { $provider } でサインインできませんでした（あなたまたはプロバイダーが取り消しました）。何も保存していません。
        [state] この { $provider } 経由のサインインは、期限切れか使用済みか、別のブラウザーで開始されたものです。サインインボタンからやり直してください。
        [code] { $provider } はこのサインインのコードを受け付けませんでした（使用済みか期限切れの可能性があります）。サインインボタンからやり直してください。
        [no-id-token] { $provider } はあなたが誰かを示さずに応答しました（ID トークンがありません）。ID プロバイダーの運用担当者に、このダッシュボードで openid スコープを許可するよう依頼してください。
        [issuer] 応答が設定どおりの { $provider } から届いていない（発行者が違う）ため、信頼しませんでした。何も保存していません。
        [audience] { $provider } からの応答は別のアプリケーション向けだった（対象者が違う）ため、信頼しませんでした。何も保存していません。
        [expired] { $provider } からの応答はすでに期限切れでした。このサーバーの時計を確認してから、サインインボタンからやり直してください。
        [signature] { $provider } からの応答はその署名がないため、信頼しませんでした。何も保存していません。
        [nonce] { $provider } からの応答は別のサインインのものだったため、信頼しませんでした。サインインボタンからやり直してください。
        [unverified] { $provider } はお使いのアカウントのメールアドレスを確認していないため、ここではサインインできません。ID プロバイダーの運用担当者に確認を依頼してください。
        [claim] { $provider } はあなたの { -rescue } シングルサインオン ID を示しませんでした（このダッシュボードが読むクレームがないか空です）。
        [not-allowed] { $provider } でサインインしましたが、お使いのアカウントはこのダッシュボードを使える管理者に含まれていません。何も保存していません。{ -product } の運用担当者に追加を依頼してください。
        [unreachable] 現在このサーバーから { $provider } に接続できません。後でもう一度お試しください。
        [store] このサーバーは現在共有ストアに接続できないため、誰もサインインできません。しばらくしてからもう一度お試しください。
        [rescue-invalid] { $provider } でサインインしましたが、{ -rescue } はシングルサインオンを受け付けませんでした：お使いの { -rescue } アカウントのシングルサインオン ID が違うか、アカウントが無効か、このダッシュボードの会社の SSO パスワードまたは ID が { -rescue } のグローバル設定と一致していない可能性があります。
        [company] { -rescue } はこのダッシュボードの会社 ID（RESCUE_COMPANY_ID）を拒否しました。{ -product } の運用担当者に、{ -rescue } のグローバル設定と照合するよう依頼してください。
       *[rescue-error] シングルサインオン中に { -rescue } がエラーを報告しました。しばらくしてからもう一度お試しください。
    }
password-refused-try-sso = メールアドレスまたはパスワードが正しくありません。会社で { $provider } を使ってサインインしている場合は、代わりに「{ $provider } でサインイン」ボタンを使ってください：シングルサインオンのアカウントには { -rescue } のパスワードがありません。
method-off = この方法のサインインはここでは無効になっています。サインインページに表示されている方法を使ってください。

## 一括操作

bulk-explanation = { -rescue } にはセッションごとに 1 回、同時に 4 件ずつ依頼し、すべての呼び出しはまず監査ログに記録されます。各セッションの応答は届きしだい次のページに表示されます。再試行はしません。
login-expired-mid-run = この処理中に { -rescue } のサインインの有効期限が切れたため、まだ送信していないセッションは変更されていません。もう一度サインインしてから、選び直してください。
run-gone = この結果はもうここにはありません（このブラウザーの最後の一括操作の結果だけを保持しています）。履歴ページの監査ログに、行われたすべての呼び出しがあります。
bulk-actions-only = 一括操作は取り消し・保留・終了のみです：{ -rescue } には何も送信していません。
bulk-no-list = フォームにセッションの一覧が指定されていません：{ -rescue } には何も送信していません。
bulk-no-list-address = アドレスに一覧が指定されていません：セッションページに戻って選び直してください。
nothing-pending = この一覧に、あなたの処理待ちの操作があるセッションはありません：取り消すものはありません。
none-listed = 選んだセッションはどれもここに表示されていません：終了したか移動した可能性があります。一覧に戻って更新してください。
not-sent-gone = セッション { $session } はもうここに表示されていない（終了または移動した）ため、{ -rescue } に送信していません。
not-sent-expired = セッション { $session } は送信していません：{ -rescue } のサインインの有効期限が切れました。
left-out = ここに表示されなくなったため除外：{ $sessions }（終了または移動した可能性があります）。
bulk-label = { $action ->
        [cancel] { $count } 件のセッションの操作を取り消す
        [hold] { $count } 件のセッションを保留
       *[close] { $count } 件のセッションを終了
    }
not-possible = { $action ->
        [cancel] 選んだすべてのセッションで「操作の取り消し」ができるわけではありません：{ $refused } は取り消せません。
        [hold] 選んだすべてのセッションで「保留」ができるわけではありません：{ $refused } は保留にできません。
       *[close] 選んだすべてのセッションで「終了」ができるわけではありません：{ $refused } は終了できません。
    }実行できるセッションだけを選んでください：{ -rescue } には何も送信していません。
bulk-group = { $group ->
        [done] { $action ->
            [cancel] 取り消し済み
            [hold] 保留済み
           *[close] 終了済み
        } { $count } 件
        [offline] 技術者オフライン { $count } 件
        [gone] セッション消失 { $count } 件
        [not-admin] 拒否（管理者ではない）{ $count } 件
        [unknown] 結果不明または途中で失敗 { $count } 件
        [refused] { -rescue } が拒否 { $count } 件
       *[not-sent] 未送信 { $count } 件
    }
list-separator = {"、"}
bulk-progress = { $total } 件中 { $answered } 件に応答あり · すべて揃うまでこのページは 2 秒ごとに更新されます

## 操作の確認

no-such-action = そのようなセッション操作はありません：操作は cancel、hold、close、transfer、start です。
bad-session-id = セッション ID が無効です：{ $why }。
pick-technician = 開始する技術者を選んでください。
pick-target = 転送先の技術者またはチャネルを選んでください。
not-a-target = 転送先 `{ $target }` は技術者でもチャネルでもありません。
bad-target = 転送先が無効です：{ $why }。
only-technicians-start = セッションを開始できるのは技術者だけで、チャネルはできません。
comment-too-long = コメントは { $length } 文字です。{ -rescue } が受け付けるのは { $most } 文字までです。
comment-one-line = コメントは 1 行のテキストにしてください（改行や制御文字は使えません）。
sign-in-first = 先にサインインしてください。{ -rescue } には何も送信していません。
expired-mid-action = { -rescue } のサインインの有効期限が切れたため、セッション { $session } は変更されていません。続けるにはもう一度サインインしてください。
confirmation-invalid = この確認はこのダッシュボードが作成したものではないため、{ -rescue } には何も送信していません。一覧からもう一度確認を開いてください。
confirmation-expired = この確認は 1 時間以上前のものなので、{ -rescue } には何も送信していません。現在のセッションを見るには、一覧からもう一度開いてください。
confirmation-running = この確認はすでに実行中のため、再送信していません。結果は一覧と履歴に表示されます。
already-done = 実行済み：この確認は以前に送信されたため、再送信していません。{ $first }
nothing-sent-marker = 何も送信していません
not-sent = { $why } { -rescue } には何も送信していません。
answer-unrecorded = { -rescue } の応答を監査ログに書き込めませんでした。この試行は結果不明として記録されています。管理者に連絡してください。
no-longer-listed = セッション { $session } はもうここに表示されていません：終了したか移動した可能性があります。一覧に戻って更新してください。

## ライブ一覧と他の管理者の操作

stream-signed-out = この一覧をライブで追うにはサインインしてください。
stream-no-list = 追う一覧を指定してください：node と noderef（NODE または CHANNEL）。
live-updates = { $age } · ライブ
news-mark = { $by } による{ $action ->
        [cancel] 操作の取り消し
        [hold] 保留
        [close] 終了
        [transfer] 転送
       *[start] 開始
    } — { $how ->
        [requested] 依頼済み
        [unknown] 結果不明、{ -rescue } で確認
        [done] 完了
        [refused] { -rescue } が拒否
       *[no-answer] { -rescue } から応答なし
    } { $at }

## 待機中のお客様

waiting-mark = 待機 { $age }
wait-alerts = { $limit } 以上待っているお客様 { $count } 人
sessions-title = { $alerts ->
        [0] セッション — { $node }
       *[other] ({ $alerts }) セッション — { $node }
    }

## セッションの結果（Post to URL）

outcome-id-invalid = { -rescue } のセッション ID ではありません：セッション一覧に表示される数字です。
outcome-unreadable = 現在セッションの記録を読み取れません。しばらくしてからもう一度お試しください。
outcome-not-deleted = 現在セッションの記録を削除できませんでした。何も削除していません。しばらくしてからもう一度お試しください。
outcomes-count = { $count ->
        [0] 一致する { -rescue } から送信されたセッションはありません。
       *[other] このページに { $count } 件のセッション（最近送信された順）。
    }
posts = 送信 { $count } 件
outcome-deleted = このセッションの記録は { $at } に { $admin } が削除しました（{ $posts }）。
outcome-not-found = セッション { $session } について保存しているものはありません：{ -rescue } はこのダッシュボードに送信しておらず、ここでの操作もありません。
counts-summary = { $group ->
        [day] 日
        [waiting] 待ち時間
       *[technician] 技術者
    }別のセッション { $total } 件（{ $groups } 件を表示）。最多は { $label } の { $most } 件です。
counts-summary-none = { $group ->
        [day] 日
        [waiting] 待ち時間
       *[technician] 技術者
    }別のセッションはありません。
outcomes-summary = フィルターに一致するセッションは { $sessions } 件、担当した技術者は { $technicians } 人です。
waiting-unknown = { $count } 件のセッションは、送信内容に待ち時間がありません。
bucket-under = { $hi } 未満
bucket-between = { $lo } ～ { $hi }
bucket-over = { $lo } 以上
record-link = セッション { $session } の記録
sign-in-incomplete = サインインフォームが不完全です。
session-action = セッションの操作
confirm = 確認

## サインインページ

product = { -product }
sign-in-lede = LogMeIn { -rescue } の管理者アカウントでサインインしてください。
demo-mode = デモモード
sign-in-demo = このサーバーは LogMeIn { -rescue } ではなく、内蔵の { -rescue } シミュレーターと通信しています。{ $email } とパスワード { $password } でサインインしてください。
signed-in-as = { $email } としてサインインしています。
go-to-sessions = セッションへ
sign-out = サインアウト
sign-in-with = { $provider } でサインイン
email = メールアドレス
password = パスワード
password-show = 表示
password-hide = 隠す
sign-in = サインイン
signing-in = サインイン中…
sign-in-token-summary = API トークンまたは認証コードでサインイン
token-label = API トークンまたは認証コード
sign-in-with-token = トークンでサインイン

## セッションページ

sessions = セッション
sessions-heading = セッション — { $node }
filter-sessions = セッションを絞り込む
col-session = セッション
col-status = 状態
col-technician = 技術者
col-channel = チャネル
col-in-status-for = 状態の継続時間
col-started = 開始
col-customer = お客様
col-language = 言語
col-actions = 操作
status-live = 進行中（未終了）
status-finished = 終了
search-sessions = ID・お客様・項目を検索
apply = 適用
clear = クリア
any = すべて
refresh = 更新
notify-waits = 長い待ち時間を通知
bulk-bar = 選んだセッションへの操作
bulk-cancel-selected = 選んだセッションの操作を取り消す
bulk-hold-selected = 選んだものを保留
bulk-close-selected = 選んだものを終了
bulk-select-pending = 自分の処理待ちの操作がある行をすべて選ぶ
no-sessions-match = このフィルターに一致するセッションはありません。
no-sessions-here = 現在ここにセッションはありません。
picker = 技術者・グループ・チャネル
bulk-selected = { $count } 件のセッションを選択中
bulk-not-allowed = 選んだすべてのセッションで実行できるわけではありません
wait-notice = セッション { $session }：お客様 { $mark }
lead-mark = （リーダー）
more-actions = その他
select-session = セッション { $session } を選ぶ
loading-sessions = セッションを読み込み中…
sessions-page-title = セッション — { -product }
bad-sort = sort は { $keys } のいずれかでなければなりません（「{ $sort }」ではなく）。
bad-dir = dir は asc または desc でなければなりません（「{ $dir }」ではなく）。
search-too-long = 検索テキストが長すぎます（200 文字以内）。

## 選択と上部バー

language = 言語
language-change = 言語を変更
language-unknown = ダッシュボードが対応している言語を選んでください：{ $tags }。
back-invalid = そのページのアドレスには戻れません。
theme-unknown = 配色を選んでください：system、light、dark。
theme = { $theme ->
        [light] ライト
        [dark] ダーク
       *[system] システム
    }
theme-picker = 配色
theme-colours = 配色：
nav-sections = セクション
nav-sessions = セッション
nav-history = 履歴
nav-reports = レポート
nav-outcomes = 結果
node-unnamed = ノード { $id }
not-found = ページが見つかりません
not-found-text = このアドレスには何もありません。
go-to-sign-in = サインインへ
sign-in-needed = サインインが必要です。
back-to-sessions = ← セッションに戻る
dashboard-unreachable = サーバーに接続できませんでした。接続を確認して、もう一度お試しください。

## 確認画面

waiting-in-queue = —（キューで待機中）
target-technician = 開始する技術者
target-transfer = 転送先
target-channel = チャネル：{ $name }
pick-one = 選んでください…
transfer-comment = 受け取る技術者へのコメント
keep-it = そのままにする
close-dialog = 閉じる
loading-session = セッションを読み込み中…
no-node = アドレスにノードが指定されていません。

## 一括操作のページ

picks-none = セッションを 1 つ以上選んでください：{ -rescue } には何も送信していません。
picks-too-many = 一度に変更できるセッションは { $most } 件までですが、{ $chosen } 件が選ばれました：{ -rescue } には何も送信していません。フィルターで一覧を絞り込むか、選ぶ数を減らしてください。
picks-bad = 「{ $value }」は一覧のセッションではありません（セッション ID と技術者の ID、例：1073200000:337202）：{ -rescue } には何も送信していません。
loading-the-sessions = セッションを読み込み中…
bulk-action = 一括操作
bulk-page-title = 一括操作 — { -product }
page-title = { $page } — { -product }
bulk-confirm = 確認：{ $label }
keep-them = そのままにする
bulk-question = { $label }？
the-sessions = セッション
bulk-results-title = { $label }：結果 — { -product }
bulk-results = { $label }：結果
bulk-each-outcome = 各セッションの結果
waiting-for-rescue = { -rescue } を待っています…
col-your-pending = あなたの処理待ちの操作
col-outcome = 結果
nothing-sent-title = 何も送信していません — { -product }
session-record = セッションの記録

## 履歴

loading-history = 履歴を読み込み中…
history-charts = 絞り込んだ操作のグラフ
history-heading = 操作の履歴
history-filter = 履歴を絞り込む
from-utc = 開始日（UTC）
to-utc = 終了日（UTC）
col-admin = 管理者
col-action = 操作
session-id = セッション ID
delivery = SIEM への配信
history-table = 操作（新しい順）
export-csv = CSV をエクスポート
col-time-utc = 時刻（UTC）
col-latency = 応答時間
col-as-listed = 一覧時のセッション
pager = 一覧のページ
pager-newest = ← 最新
pager-older = 古いもの →
none-value = （なし）
chart-numbers = 数値
chart-total = 合計
chart-over-time-utc = 期間別の結果（UTC）
chart-over-time = 期間別の結果
chart-day = 日
chart-by = { $noun ->
        [admin] 管理者別の結果
       *[technician] 技術者別の結果
    }
chart-group = { $noun ->
        [admin] 管理者
       *[technician] 技術者
    }

## セッションの結果のページ

outcomes-heading = セッションの結果
outcomes-search = お客様・項目・追跡 ID・メモ
outcomes-table = { -rescue } から送信されたセッション（新しい順）
col-last-post = 最終送信（UTC）
col-waiting = 待ち時間
col-pickup = 応答
col-work-time = 作業時間
col-posts = 送信数
custom-field = カスタム項目 { $n }
technician-email = 技術者のメールアドレス
tracking-id = 追跡 ID
waiting-time = 待ち時間
pickup-time = 応答時間
session-heading = セッション { $session }
session-glance = セッションの概要
technician-notes = 技術者のメモ
chat = チャット
what-rescue-sent = { -rescue } から届いた内容（{ $posts }）
delete-record-summary = このセッションの記録を削除…
delete-record-explanation = 削除すると、このセッションについて { -rescue } から届いたすべての送信が消えます（お客様からのデータ削除の依頼のため）。誰がいつ削除したかは残ります。
delete-record = 記録を削除
actions-here = このダッシュボードでの操作
none-sentence = なし。
action-log-line = { $when } — { $admin } による { $action }：{ $outcome }
in-the-history = 履歴で見る →
field-name = { $field ->
        [from] 開始日
        [to] 終了日
        [session] セッション
        [outcome] 結果
        [admin] 管理者
        [action] 操作
        [technician] 技術者
        [delivery] 配信
       *[search] 検索
    }
bad-session-filter = セッションにはセッション ID（数字のみ）を指定してください（「{ $value }」ではなく）。
bad-delivery = 配信は「waiting」または「dead」でなければなりません。
text-too-long = { $name } が長すぎるか、制御文字を含んでいます（{ $most } 文字以内）。
chart-per-technician = 技術者ごとのセッション
chart-per-day = 日ごとのセッション（UTC、最初の送信日）
chart-month = 月
chart-waiting-times = 待ち時間
all-technicians = すべての技術者
summary = 概要
summary-caption = 技術者ごとのセッションと時間
median-waiting = 待ち時間の中央値
median-pickup = 応答時間の中央値
median-work = 作業時間の中央値
total-work = 作業時間の合計
outcomes-charts = 絞り込んだセッションのグラフ

## レポート

loading-report = レポートを読み込み中…
report-heading = セッションレポート
report-choose = レポートを選ぶ
report-target = 技術者・グループ・チャネル
whole-account = アカウント全体
show-report = レポートを表示
report-fetched = セッション { $total } 件、{ $at } に { -rescue } から取得。
fetch-again = もう一度取得
by-status = 状態別
resolved = 解決
resolved-count = 解決 { $resolved } 件、未解決 { $unresolved } 件
by-technician = 技術者別
median-total = 合計時間の中央値
report-sessions = レポートのセッション
queue = （キュー）
skip-link = メインコンテンツへ移動
cross-site-refused = このリクエストは別のサイトから来たため拒否しました。{ -product } のページから操作してください。
sign-in-too-large = サインインフォームが { -rescue } のどのサインインよりもはるかに大きいため、{ -rescue } には何も送信していません。

