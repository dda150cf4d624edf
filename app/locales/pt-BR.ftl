# Rescue Console — português do Brasil. Traduzido com cuidado a partir de en.ftl; as correções
# de uma empresa vão neste arquivo (veja docs/features.md). O painel preenche os valores { $… }.

-rescue = Rescue
-product = Rescue Console

## Durações e horários

duration-seconds-spoken = { $s ->
        [one] { $s } segundo
       *[other] { $s } segundos
    }
duration-minutes-spoken = { $m ->
        [one] { $m } minuto
       *[other] { $m } minutos
    }
duration-s = { $s } s
duration-min = { $m } min
duration-min-s = { $m } min { $s } s
duration-h-min = { $h } h { $m } min
utc-time = { $time } UTC
date-time = { $day }/{ $month }/{ $year } { $time }
latency = { $ms } ms

## Contagens

row-count = { $total ->
        [one] { $total } linha.
       *[other] { $total } linhas.
    }
row-count-narrowed = { $shown } de { $total } linhas correspondem.
history-count = { $count ->
        [0] Nenhuma ação registrada corresponde.
        [one] { $count } ação, a mais recente primeiro.
       *[other] { $count } ações nesta página, as mais recentes primeiro.
    }
chart-others = Outros ({ $count })
chart-summary = { $total } ações { $what ->
        [over-time] ao longo do tempo
        [by-admin] por administrador
       *[by-technician] por técnico
    }, { $groups } { $noun ->
        [month] { $groups ->
            [one] mês
           *[other] meses
        }
        [day] { $groups ->
            [one] dia
           *[other] dias
        }
        [admin] { $groups ->
            [one] administrador
           *[other] administradores
        }
       *[technician] { $groups ->
            [one] técnico
           *[other] técnicos
        }
    }: { $parts }.
malformed-rows = Não foi possível ler { $count } linha(s) do { -rescue }, que por isso não são exibidas.

## Ações em sessões

action-label = { $action ->
        [cancel] Cancelar ação
        [hold] Colocar em espera
        [close] Encerrar
        [transfer] Transferir
       *[start] Iniciar
    }
action-question = { $action ->
        [cancel] Cancelar a ação nesta sessão?
        [hold] Colocar esta sessão em espera?
        [close] Encerrar esta sessão?
        [transfer] Transferir esta sessão?
       *[start] Iniciar esta sessão?
    }
action-explanation = { $action ->
        [cancel] O { -rescue } descartará a ação que você solicitou nesta sessão (colocar em espera, encerrar, transferir ou iniciar) antes que o console do técnico a execute.
        [hold] O console do técnico colocará a sessão em espera. Até lá, Cancelar ação retira a solicitação.
        [close] O console do técnico encerrará a sessão para o cliente. Até lá, Cancelar ação retira a solicitação.
        [transfer] A sessão passa para o técnico ou canal que você escolher, com seu comentário. Até que o console a execute, Cancelar ação a retira.
       *[start] O técnico que você escolher atenderá esta sessão em espera. Até que o console dele faça isso, Cancelar ação retira a solicitação.
    }
action-busy = { $action ->
        [cancel] Cancelando…
        [hold] Colocando em espera…
        [close] Encerrando…
        [transfer] Transferindo…
       *[start] Iniciando…
    }
pending = { $action ->
        [cancel] Cancelamento solicitado
        [hold] Espera solicitada
        [close] Encerramento solicitado
        [transfer] Transferência solicitada
       *[start] Início solicitado
    } às { $at }, pendente
pending-uncertain = { $action ->
        [cancel] Cancelamento solicitado
        [hold] Espera solicitada
        [close] Encerramento solicitado
        [transfer] Transferência solicitada
       *[start] Início solicitado
    } às { $at }, resultado desconhecido: verifique a sessão no { -rescue }
outcome-note-attempted = Enviado ao { -rescue }; a resposta dele ainda não chegou.
outcome-note-unknown = Resultado desconhecido: o servidor parou durante a chamada. Verifique a sessão no { -rescue }.
the-technician = o técnico
action-noun = { $action ->
        [cancel] cancelamento
        [hold] espera
        [close] encerramento
        [transfer] transferência
       *[start] início
    }

act-attempted = A ação ({ $noun }) na sessão { $session } foi enviada ao { -rescue }, cuja resposta ainda não chegou. Verifique o status da sessão daqui a pouco antes de tentar de novo.
act-unknown = Resultado desconhecido: o servidor do painel parou durante a ação ({ $noun }) na sessão { $session }, então ninguém sabe se o { -rescue } a executou. Verifique a sessão no { -rescue } antes de tentar de novo.
act-ok = { $action ->
        [cancel] Cancelado: a ação que você solicitou na sessão { $session } não será executada, e a sessão voltou a ser como era.
        [hold] Espera solicitada: o console de { $tech } colocará a sessão { $session } em espera em instantes. Até lá, Cancelar ação a retira.
        [close] Encerramento solicitado: o console de { $tech } encerrará a sessão { $session } em instantes. Até lá, Cancelar ação o retira.
        [transfer] Transferência solicitada: a sessão { $session } passará com seu comentário assim que o console a executar. Até lá, Cancelar ação a retira.
       *[start] Início solicitado: o técnico que você escolheu atenderá a sessão { $session } em instantes. Até lá, Cancelar ação o retira.
    }
act-error = O { -rescue } informou um erro e não confirmou a ação ({ $noun }) na sessão { $session }. Verifique o status da sessão antes de tentar de novo.
act-not-admin = { $action ->
        [cancel] Sua conta do { -rescue } não é de administrador, então não pode cancelar ações. Peça a um administrador do { -rescue } para fazer isso, ou entre com uma conta de administrador.
       *[other] Sua conta do { -rescue } não é de administrador, então o { -rescue } recusou a ação ({ $noun }). Peça a um administrador do { -rescue } para fazer isso, ou entre com uma conta de administrador.
    }
act-failed = { $action ->
        [cancel] O { -rescue } não conseguiu cancelar na sessão { $session }: { $tech } está offline ou o Technician Console dele não está em execução, ou não há nenhuma ação sua pendente ali.
        [hold] O { -rescue } não conseguiu colocar a sessão { $session } em espera: talvez ela já esteja em espera ou tenha outra ação pendente, ou o Technician Console de { $tech } não está em execução.
        [close] O { -rescue } não conseguiu encerrar a sessão { $session }: { $tech } está offline ou o Technician Console dele não está em execução, ou há outra ação pendente nela.
        [transfer] O { -rescue } não conseguiu transferir a sessão { $session }: { $tech } está offline ou o Technician Console dele não está em execução, ou há outra ação pendente nela.
       *[start] O { -rescue } não conseguiu iniciar a sessão { $session }: o técnico que você escolheu está offline ou o Technician Console dele não está em execução, ou a sessão não está mais em espera.
    }
act-invalid-session = O { -rescue } não conhece a sessão { $session }: talvez ela tenha terminado e sido removida. Atualize a lista.
act-invalid-node = { $action ->
        [transfer] O { -rescue } recusou o destino da transferência: esse técnico ou canal não existe na sua conta (ou é do outro tipo). Escolha outro.
       *[other] O { -rescue } não conhece o técnico que você escolheu, então a sessão não foi iniciada. Escolha outro.
    }
act-invalid-authcode = O { -rescue } não aceita mais seu token de API ou authcode (talvez um mais novo o tenha substituído). Saia e entre de novo.
act-user-gone = Seu usuário do { -rescue } foi excluído ou desativado, então o { -rescue } recusou a ação ({ $noun }). Fale com o administrador do { -rescue }.
act-undocumented = O { -rescue } respondeu { $code }, um motivo que este painel não conhece. A ação ({ $noun }) na sessão { $session } talvez não tenha sido feita: verifique o status.
act-no-answer = { $failure ->
        [timeout] O { -rescue } não respondeu a tempo. A ação ({ $noun }) na sessão { $session } pode ou não ter acontecido: verifique a sessão antes de tentar de novo.
        [unreachable] O { -rescue } não pode ser acessado deste servidor no momento, então { $action ->
            [cancel] nada foi cancelado
           *[other] nada foi enviado
        }. Tente mais tarde.
        [rate-limited] O { -rescue } está pedindo menos solicitações no momento (HTTP 429), então { $action ->
            [cancel] nada foi cancelado
           *[other] nada foi enviado
        }. Aguarde um minuto e tente de novo.
        [broken] A conexão com o { -rescue } caiu durante a ação ({ $noun }). Ela pode ou não ter acontecido na sessão { $session }: verifique antes de tentar de novo.
        [too-large] A resposta do { -rescue } era grande demais para ser lida, então o painel não sabe se a ação ({ $noun }) na sessão { $session } aconteceu: verifique a sessão.
       *[unreadable] Não foi possível entender a resposta do { -rescue }. A ação ({ $noun }) na sessão { $session } pode ou não ter acontecido: verifique a sessão.
    }
act-redirected = O { -rescue } respondeu com um redirecionamento (HTTP { $status }), que este painel nunca segue, então { $action ->
        [cancel] nada foi cancelado
       *[other] nada foi enviado
    }. Avise seu administrador: o endereço do { -rescue } configurado pode estar errado.
act-http-status = O { -rescue } está com problemas (HTTP { $status }). A ação ({ $noun }) na sessão { $session } provavelmente não foi feita: verifique a sessão e tente de novo.
interrupted = Um clique anterior neste botão foi interrompido; o { -rescue } pode ou não tê-lo recebido. Verifique o status da sessão antes de tentar de novo.

## Armazenamento e funcionamento interno

shared-store-unavailable = O armazenamento compartilhado do painel não pode ser acessado no momento, então nada foi enviado ao { -rescue }. Tente de novo daqui a pouco ou avise seu administrador.
shared-store-unavailable-read = O armazenamento compartilhado do painel não pode ser acessado no momento, então nenhum relatório foi pedido ao { -rescue }. Tente de novo daqui a pouco ou avise seu administrador.
session-store-down = O painel não consegue ler os acessos dele no momento (o armazenamento de sessões está inacessível), então nada foi alterado. Tente de novo daqui a pouco ou avise seu administrador.
shared-store-unavailable-sign-in = O armazenamento compartilhado do painel não pode ser acessado no momento, então ninguém consegue entrar. Tente de novo daqui a pouco ou avise seu administrador.
audit-unavailable = O log de auditoria não pode ser gravado no momento, então nada foi enviado ao { -rescue }: toda ação é registrada antes de ser feita. Tente de novo daqui a pouco ou avise seu administrador.
session-not-saved = não foi possível salvar a sessão do painel; tente de novo
form-invalid = O formulário enviado está incompleto ou não é válido. Recarregue a página e tente de novo.
page-link-invalid = O link da página não é válido; comece pelos mais recentes.
history-unreadable = Não foi possível ler o histórico no momento. Tente de novo daqui a pouco.
internal = O painel não conseguiu atender a esta solicitação. Tente de novo daqui a pouco.

## O relógio da lista

updated-refreshing = Atualizando…
updated-unanswered = Não foi possível atualizar: o painel não respondeu. Mostrando a lista de { $age } atrás
updated-just-now = Atualizado agora mesmo
updated-ago = Atualizado há { $age }
updated-paused = { $age } · atualização automática pausada enquanto você confirma
updated-every = { $age } · atualiza a cada { $secs } s

## Leitura do Rescue

transport-timeout = O { -rescue } não respondeu a tempo. Nada foi alterado; tente de novo daqui a pouco.
transport-unreachable = O { -rescue } não pode ser acessado deste servidor no momento. Tente mais tarde.
transport-rate-limited = O { -rescue } está pedindo menos solicitações no momento. Aguarde um minuto e tente de novo.
transport-redirected = O { -rescue } respondeu com um redirecionamento (HTTP { $status }), que este painel nunca segue, então nada foi repassado. Avise seu administrador: o endereço do { -rescue } configurado pode estar errado.
transport-http-status = O { -rescue } está com problemas (HTTP { $status }). Tente mais tarde.
transport-no-session = O { -rescue } aceitou o acesso, mas não abriu uma sessão. Tente de novo.
transport-too-large = A resposta do { -rescue } era grande demais para ser lida, então nada é exibido. Restrinja o que pediu (um técnico ou grupo em vez de todos) ou avise seu administrador.
transport-unreadable = Não foi possível entender a resposta do { -rescue }. Tente de novo; se continuar acontecendo, avise seu administrador.
list-invalid-node = O { -rescue } não conhece este técnico, grupo ou canal.
list-user-gone = Seu usuário do { -rescue } foi excluído ou desativado.
list-invalid-authcode = O { -rescue } não aceita mais seu token de API ou authcode.
list-not-logged-in = Seu acesso ao { -rescue } expirou.
list-error = O { -rescue } informou um erro ao listar as sessões. Tente de novo.
list-undocumented = O { -rescue } recusou a lista por um motivo que este painel não conhece ({ $code }).
nothing-to-list = Sua conta do { -rescue } não tem técnicos nem canais para listar.
no-targets = O { -rescue } não listou seus técnicos e canais, então não há nada para escolher. Tente de novo daqui a pouco.
login-expired = Seu acesso ao { -rescue } expirou após 20 minutos de inatividade. Entre de novo para continuar de onde parou.

## Endereços

address-bad-id = O campo { $field } do endereço não é válido: { $why }.
address-bad-noderef = noderef deve ser NODE ou CHANNEL.
address-bad-day = { $name } deve ser uma data como 2026-11-28, não “{ $value }”.
address-backwards = O intervalo de datas está invertido: { $from } é depois de { $to }.

## Relatórios

report-wait-copy = O { -rescue } permite um relatório por minuto por acesso; esta é a cópia obtida às { $at }. Um novo poderá ser obtido em { $secs } s.
report-wait = O { -rescue } permite um relatório por minuto por acesso. Este relatório poderá ser obtido em { $secs } s.
report-invalid-format = O { -rescue } não conseguiu ler as datas do relatório (INVALIDFORMAT). Escolha os dias de novo no calendário.
report-invalid-range = O { -rescue } recusou o intervalo de datas do relatório (INVALIDDATERANGE): o primeiro dia não pode ser depois do último. Escolha os dias de novo.
report-user-gone = O { -rescue } recusou as configurações do relatório: seu usuário do { -rescue } foi excluído ou desativado (USER_DELETED_OR_DISABLED).
report-settings-refused = O { -rescue } recusou as configurações do relatório ({ $code }). Tente de novo daqui a pouco.
report-refused = O { -rescue } não conseguiu gerar o relatório ({ $code }). Tente de novo em um minuto.
reports-need-password = O { -rescue } não gera relatórios para um token de API ou authcode nesta conta. Saia e entre com seu e-mail e senha para ver os relatórios.
report-unknown-node = O { -rescue } não conhece este nó; escolha outro da lista.
report-form-hint = Escolha a conta inteira, um técnico, grupo ou canal e os dias, e depois Mostrar relatório. O { -rescue } gera um relatório por minuto por acesso.
report-not-fetched = Este relatório ainda não foi obtido: abra-o primeiro na página de relatórios.

## Acesso

signed-in = Você entrou.
login-invalid = O e-mail ou a senha não estão corretos. Verifique os dois e tente de novo.
login-ip-restricted = O { -rescue } recusou o acesso: sua conta do { -rescue } só aceita acessos de endereços IP permitidos, e o servidor deste painel não está entre eles. Peça ao titular da conta do { -rescue } para permitir o endereço do servidor.
login-error = O { -rescue } informou um erro ao fazer seu acesso. Tente de novo daqui a pouco.
login-undocumented = O { -rescue } recusou o acesso por um motivo que este painel não conhece ({ $code }).
token-invalid = O { -rescue } não aceita este token ou authcode: talvez tenha sido digitado errado ou substituído por um mais novo.
token-user-gone = O usuário do { -rescue } deste token foi excluído ou desativado.
token-not-accepted = O { -rescue } não aceitou este token ou authcode.
token-error = O { -rescue } informou um erro ao verificar o token. Tente de novo daqui a pouco.
token-undocumented = O { -rescue } recusou o token por um motivo que este painel não conhece ({ $code }).
too-many-failures = Tentativas de acesso malsucedidas demais a partir do seu endereço de rede. Aguarde { $wait } antes de tentar de novo.
rescue-limit = O { -rescue } permite no máximo 10 acessos em 3 minutos por conta, e esta conta chegou a esse limite. Aguarde { $wait } e tente de novo.
lifetime-over = Seu acesso aqui dura no máximo { $most }, e esse tempo acabou. Entre de novo para continuar de onde parou.
idle-over = Você ficou ausente por mais de { $idle }, então sua sessão foi encerrada. Entre de novo para continuar de onde parou.
signed-out = Você saiu.
login-revoked = O { -rescue } não aceita mais seu acesso (ele terminou lá, ou a conta foi desativada). Entre de novo para continuar.
field-fields = Digite seu e-mail e sua senha do { -rescue }.
field-email = Esse não é um endereço de e-mail que o { -rescue } possa ter (no máximo 254 caracteres, em uma linha).
field-password = Essa senha é mais longa do que qualquer uma que o { -rescue } aceita (no máximo 256 caracteres).
field-token = Cole o token de API ou authcode: uma só palavra, sem espaços, com no máximo 512 caracteres.
not-allowed = O { -rescue } aceitou esta conta, mas ela não é um dos administradores autorizados a usar este painel. Nada foi guardado; peça a quem administra o { -product } para adicioná-la.
token-owner-unknown = O { -rescue } não informou de quem é este token, e este painel admite apenas administradores da lista. Entre com seu e-mail e senha do { -rescue }.
sso-provider = { $provider } não fez seu acesso ({ $code }). Nada foi guardado; tente de novo, ou fale com quem administra seu provedor de identidade.
sso-undocumented = O { -rescue } recusou o logon único por um motivo que este painel não conhece ({ $code }).
sso-refusal = { $why ->
        [cancelled] { $provider } não fez seu acesso (você ou o provedor cancelou). Nada foi guardado.
        [state] Este acesso por { $provider } expirou, já foi usado ou foi iniciado em outro navegador. Comece de novo pelo botão de acesso.
        [code] { $provider } não aceitou o código deste acesso (talvez já tenha sido usado ou expirado). Comece de novo pelo botão de acesso.
        [no-id-token] { $provider } respondeu sem dizer quem você é (sem ID token). Peça a quem administra seu provedor de identidade para permitir o escopo openid para este painel.
        [issuer] A resposta não veio de { $provider } como configurado (emissor errado), então não foi considerada confiável. Nada foi guardado.
        [audience] A resposta de { $provider } era destinada a outro aplicativo (audience errada), então não foi considerada confiável. Nada foi guardado.
        [expired] A resposta de { $provider } já tinha expirado. Verifique o relógio deste servidor e comece de novo pelo botão de acesso.
        [signature] A resposta de { $provider } não foi assinada por ele, então não foi considerada confiável. Nada foi guardado.
        [nonce] A resposta de { $provider } pertence a outro acesso, então não foi considerada confiável. Comece de novo pelo botão de acesso.
        [unverified] { $provider } não verificou o endereço de e-mail da sua conta, então não pode fazer seu acesso aqui. Peça a quem administra seu provedor de identidade para verificá-lo.
        [claim] { $provider } não informou qual ID de logon único do { -rescue } é o seu (o claim que este painel está configurado para ler está ausente ou vazio).
        [not-allowed] { $provider } fez seu acesso, mas sua conta não é um dos administradores autorizados a usar este painel. Nada foi guardado; peça a quem administra o { -product } para adicioná-la.
        [unreachable] { $provider } não pode ser acessado deste servidor no momento. Tente mais tarde.
        [store] Este servidor não consegue acessar o armazenamento compartilhado no momento, então ninguém consegue entrar. Tente de novo daqui a pouco.
        [rescue-invalid] { $provider } fez seu acesso, mas o { -rescue } não aceitou o logon único: sua conta do { -rescue } pode ter outro ID de logon único ou estar desativada, ou a senha ou o ID de SSO da empresa neste painel não correspondem às configurações globais (Global Settings) do { -rescue }.
        [company] O { -rescue } recusou o ID de empresa deste painel (RESCUE_COMPANY_ID). Peça a quem administra o { -product } para compará-lo com as configurações globais (Global Settings) do { -rescue }.
       *[rescue-error] O { -rescue } informou um erro ao fazer seu acesso por logon único. Tente de novo daqui a pouco.
    }
password-refused-try-sso = O e-mail ou a senha não estão corretos. Se sua empresa entra por { $provider }, use o botão “Entrar com { $provider }”: contas que usam logon único não têm senha do { -rescue }.
method-off = Esta forma de entrar está desativada aqui. Use uma das formas que a página de acesso oferece.

## Ações em lote

bulk-explanation = O { -rescue } é chamado uma vez para cada sessão, quatro de cada vez, e cada chamada é registrada antes no log de auditoria. A resposta de cada sessão aparece na próxima página assim que chega; nada é repetido.
login-expired-mid-run = Seu acesso ao { -rescue } expirou durante esta execução, então as sessões ainda não enviadas não foram alteradas. Entre de novo e escolha-as outra vez.
run-gone = Estes resultados não estão mais aqui (só os da última ação em lote deste navegador são guardados). O log de auditoria na página Histórico tem cada chamada feita.
bulk-actions-only = As ações em lote são cancelar, colocar em espera e encerrar: nada foi enviado ao { -rescue }.
bulk-no-list = O formulário não indica nenhuma lista de sessões: nada foi enviado ao { -rescue }.
bulk-no-list-address = O endereço não indica nenhuma lista: volte à página de sessões e escolha de novo.
nothing-pending = Nenhuma sessão desta lista tem uma ação sua pendente: não há nada para cancelar.
none-listed = Nenhuma das sessões escolhidas está mais na lista: talvez tenham terminado ou sido movidas. Volte à lista e atualize-a.
not-sent-gone = A sessão { $session } não está mais na lista (terminou ou foi movida), então não foi enviada ao { -rescue }.
not-sent-expired = A sessão { $session } não foi enviada: seu acesso ao { -rescue } expirou.
left-out = Não estão mais na lista, deixadas de fora: { $sessions } (talvez tenham terminado ou sido movidas).
bulk-label = { $action ->
        [cancel] Cancelar ação em { $count ->
            [one] { $count } sessão
           *[other] { $count } sessões
        }
        [hold] Colocar em espera { $count ->
            [one] { $count } sessão
           *[other] { $count } sessões
        }
       *[close] Encerrar { $count ->
            [one] { $count } sessão
           *[other] { $count } sessões
        }
    }
not-possible = { $action ->
        [cancel] Cancelar ação não é possível para todas as sessões escolhidas: { $refused } não pode ser cancelada.
        [hold] Colocar em espera não é possível para todas as sessões escolhidas: { $refused } não pode ser colocada em espera.
       *[close] Encerrar não é possível para todas as sessões escolhidas: { $refused } não pode ser encerrada.
    } Escolha só sessões que permitam isso: nada foi enviado ao { -rescue }.
bulk-group = { $group ->
        [done] { $count } { $action ->
            [cancel] canceladas
            [hold] em espera
           *[close] encerradas
        }
        [offline] { $count ->
            [one] { $count } técnico offline
           *[other] { $count } técnicos offline
        }
        [gone] { $count ->
            [one] { $count } sessão não existe mais
           *[other] { $count } sessões não existem mais
        }
        [not-admin] { $count } recusadas: não é administrador
        [unknown] { $count } com resultado desconhecido ou com falha no caminho
        [refused] { $count } recusadas pelo { -rescue }
       *[not-sent] { $count } não enviadas
    }
list-separator = {", "}
bulk-progress = { $answered } de { $total } responderam até agora · esta página é atualizada a cada 2 segundos até que todas cheguem

## Confirmar uma ação

no-such-action = Essa ação de sessão não existe: as ações são cancel, hold, close, transfer e start.
bad-session-id = O ID da sessão não é válido: { $why }.
pick-technician = Escolha o técnico que deve iniciá-la.
pick-target = Escolha o técnico ou canal para o qual transferir.
not-a-target = O destino `{ $target }` não é um técnico nem um canal.
bad-target = O destino não é válido: { $why }.
only-technicians-start = Só um técnico pode iniciar uma sessão, não um canal.
comment-too-long = O comentário tem { $length } caracteres; o { -rescue } aceita no máximo { $most }.
comment-one-line = O comentário deve ser uma única linha de texto (sem quebras de linha nem caracteres de controle).
sign-in-first = Entre primeiro. Nada foi enviado ao { -rescue }.
expired-mid-action = Seu acesso ao { -rescue } expirou, então a sessão { $session } não foi alterada. Entre de novo para continuar.
confirmation-invalid = Esta confirmação não foi criada por este painel, então nada foi enviado ao { -rescue }. Abra a confirmação de novo pela lista.
confirmation-expired = Esta confirmação tem mais de uma hora, então nada foi enviado ao { -rescue }. Abra-a de novo pela lista para ver a sessão como está agora.
confirmation-running = Esta confirmação já está sendo executada, então não foi enviada de novo. O resultado aparecerá na lista e no histórico.
already-done = Já feito: esta confirmação foi enviada antes, então nada foi enviado de novo. { $first }
nothing-sent-marker = nada foi enviado
not-sent = { $why } Nada foi enviado ao { -rescue }.
answer-unrecorded = Não foi possível gravar a resposta do { -rescue } no log de auditoria, onde esta tentativa aparece com resultado desconhecido; avise seu administrador.
no-longer-listed = A sessão { $session } não está mais na lista: talvez tenha terminado ou sido movida. Volte à lista e atualize-a.

## Listas ao vivo e ações de outros administradores

stream-signed-out = Entre para acompanhar esta lista ao vivo.
stream-no-list = Indique a lista a acompanhar: node e noderef (NODE ou CHANNEL).
live-updates = { $age } · ao vivo
news-mark = { $action ->
        [cancel] Cancelar ação
        [hold] Colocar em espera
        [close] Encerrar
        [transfer] Transferir
       *[start] Iniciar
    } por { $by } — { $how ->
        [requested] solicitado
        [unknown] resultado desconhecido, verifique no { -rescue }
        [done] feito
        [refused] recusado pelo { -rescue }
       *[no-answer] sem resposta do { -rescue }
    } { $at }

## Clientes em espera

waiting-mark = esperando há { $age }
wait-alerts = { $count ->
        [one] { $count } cliente esperando
       *[other] { $count } clientes esperando
    } há mais de { $limit }
sessions-title = { $alerts ->
        [0] Sessões — { $node }
       *[other] ({ $alerts }) Sessões — { $node }
    }

## Resultados de sessões (Post to URL)

outcome-id-invalid = Isso não é um ID de sessão do { -rescue }: é um número, como a lista de sessões o mostra.
outcome-unreadable = O registro da sessão não pode ser lido no momento. Tente de novo daqui a pouco.
outcome-not-deleted = Não foi possível excluir o registro da sessão no momento; nada foi removido. Tente de novo daqui a pouco.
outcomes-count = { $count ->
        [0] Nenhuma sessão enviada pelo { -rescue } corresponde.
        [one] { $count } sessão, a enviada mais recentemente primeiro.
       *[other] { $count } sessões nesta página, as enviadas mais recentemente primeiro.
    }
posts = { $count ->
        [one] { $count } envio
       *[other] { $count } envios
    }
outcome-deleted = O registro desta sessão foi excluído por { $admin } às { $at } ({ $posts }).
outcome-not-found = Nada é guardado sobre a sessão { $session }: o { -rescue } não a enviou a este painel, e nenhuma ação foi feita nela aqui.
counts-summary = { $total } sessões por { $group ->
        [day] dia
        [waiting] tempo de espera
       *[technician] técnico
    } ({ $groups } exibidos); o máximo, { $most }, em { $label }.
counts-summary-none = Nenhuma sessão por { $group ->
        [day] dia
        [waiting] tempo de espera
       *[technician] técnico
    }.
outcomes-summary = { $sessions ->
        [one] { $sessions } sessão corresponde
       *[other] { $sessions } sessões correspondem
    } aos filtros, atendidas por { $technicians ->
        [one] { $technicians } técnico
       *[other] { $technicians } técnicos
    }.
waiting-unknown = { $count ->
        [one] { $count } sessão não tem tempo de espera nos envios.
       *[other] { $count } sessões não têm tempo de espera nos envios.
    }
bucket-under = menos de { $hi }
bucket-between = de { $lo } a { $hi }
bucket-over = { $lo } ou mais
record-link = Registro da sessão { $session }
sign-in-incomplete = O formulário de acesso está incompleto.
session-action = Ação na sessão
confirm = Confirmar


## A página de acesso

product = { -product }
sign-in-lede = Entre com sua conta de administrador do LogMeIn { -rescue }.
demo-mode = Modo de demonstração
sign-in-demo = Este servidor conversa com um simulador do { -rescue } embutido, não com o LogMeIn { -rescue }. Entre como { $email } com a senha { $password }.
signed-in-as = Você entrou como { $email }.
go-to-sessions = Ir para as sessões
sign-out = Sair
sign-in-with = Entrar com { $provider }
email = E-mail
password = Senha
password-show = Mostrar
password-hide = Ocultar
sign-in = Entrar
signing-in = Entrando…
sign-in-token-summary = Entrar com um token de API ou authcode
token-label = Token de API ou authcode
sign-in-with-token = Entrar com token

## A página de sessões

sessions = Sessões
sessions-heading = Sessões — { $node }
filter-sessions = Filtrar as sessões
col-session = Sessão
col-status = Status
col-technician = Técnico
col-channel = Canal
col-in-status-for = No status há
col-started = Início
col-customer = Cliente
col-language = Idioma
col-actions = Ações
status-live = Em andamento (não terminada)
status-finished = Terminada
search-sessions = Buscar ID, cliente, campos
apply = Aplicar
clear = Limpar
any = Qualquer
refresh = Atualizar
notify-waits = Avisar-me de esperas longas
bulk-bar = Agir sobre as sessões selecionadas
bulk-cancel-selected = Cancelar ação nas sessões selecionadas
bulk-hold-selected = Colocar em espera as selecionadas
bulk-close-selected = Encerrar as selecionadas
bulk-select-pending = Todas as linhas com uma ação minha pendente
no-sessions-match = Nenhuma sessão corresponde a estes filtros.
no-sessions-here = Não há sessões aqui no momento.
picker = Técnicos, grupos e canais
bulk-selected = { $count ->
        [one] { $count } sessão selecionada
       *[other] { $count } sessões selecionadas
    }
bulk-not-allowed = Nem todas as sessões selecionadas permitem isso
wait-notice = Sessão { $session }: cliente { $mark }

lead-mark = {" "}(líder)
more-actions = Mais
select-session = Selecionar a sessão { $session }
loading-sessions = Carregando as sessões…
sessions-page-title = Sessões — { -product }
bad-sort = sort deve ser um de { $keys }, não “{ $sort }”.
bad-dir = dir deve ser asc ou desc, não “{ $dir }”.
search-too-long = O texto da busca é longo demais (no máximo 200 letras).

## Seletores e barra superior

language = Idioma
language-change = Mudar o idioma
language-unknown = Escolha um idioma que o painel fala: { $tags }.
back-invalid = Não é possível voltar a esse endereço de página.
theme-unknown = Escolha o esquema de cores: system, light ou dark.
theme = { $theme ->
        [light] Claro
        [dark] Escuro
       *[system] Sistema
    }
theme-picker = Esquema de cores
theme-colours = Cores:

nav-sections = Seções
nav-sessions = Sessões
nav-history = Histórico
nav-reports = Relatórios
nav-outcomes = Resultados
node-unnamed = Nó { $id }
not-found = Página não encontrada
not-found-text = Não há nada neste endereço.
go-to-sign-in = Ir para o acesso
sign-in-needed = Você precisa entrar.
back-to-sessions = ← Voltar às sessões
dashboard-unreachable = Não foi possível acessar o servidor. Verifique sua conexão e tente de novo.

## A confirmação

waiting-in-queue = — (esperando em uma fila)
target-technician = Técnico que a inicia
target-transfer = Transferir para
target-channel = Canal: { $name }
pick-one = Escolha um…
transfer-comment = Comentário para o técnico que a recebe
keep-it = Manter
close-dialog = Fechar
loading-session = Carregando a sessão…
no-node = O endereço não indica nenhum nó.

## Páginas de ações em lote

picks-none = Escolha pelo menos uma sessão: nada foi enviado ao { -rescue }.
picks-too-many = No máximo { $most } sessões podem ser alteradas de uma vez, e { $chosen } foram escolhidas: nada foi enviado ao { -rescue }. Restrinja a lista com os filtros, ou escolha menos.
picks-bad = “{ $value }” não é uma sessão da lista (um ID de sessão e o ID do técnico dela, como 1073200000:337202): nada foi enviado ao { -rescue }.
loading-the-sessions = Carregando as sessões…
bulk-action = Ação em lote
bulk-page-title = Ação em lote — { -product }
page-title = { $page } — { -product }
bulk-confirm = Confirmar: { $label }
keep-them = Mantê-las
bulk-question = { $label }?
the-sessions = As sessões
bulk-results-title = { $label }: resultados — { -product }
bulk-results = { $label }: resultados
bulk-each-outcome = O resultado de cada sessão
waiting-for-rescue = Aguardando o { -rescue }…
col-your-pending = Sua ação pendente
col-outcome = Resultado
nothing-sent-title = Nada foi enviado — { -product }
session-record = Registro da sessão

## Histórico

loading-history = Carregando o histórico…
history-charts = Gráficos das ações filtradas
history-heading = Histórico de ações
history-filter = Filtrar o histórico
from-utc = De (UTC)
to-utc = Até (UTC)
col-admin = Administrador
col-action = Ação
session-id = ID da sessão
delivery = Entrega ao SIEM
history-table = Ações, a mais recente primeiro
export-csv = Exportar CSV
col-time-utc = Hora (UTC)
col-latency = Latência
col-as-listed = Sessão como listada
pager = Páginas da lista
pager-newest = ← Mais recentes
pager-older = Mais antigas →
none-value = (nenhum)
chart-numbers = Números
chart-total = Total
chart-over-time-utc = Resultados ao longo do tempo (UTC)
chart-over-time = Resultados ao longo do tempo
chart-day = Dia
chart-by = { $noun ->
        [admin] Resultados por administrador
       *[technician] Resultados por técnico
    }
chart-group = { $noun ->
        [admin] Administrador
       *[technician] Técnico
    }

## Páginas de resultados de sessões

outcomes-heading = Resultados de sessões
outcomes-search = Cliente, campos, ID de rastreamento, notas
outcomes-table = Sessões enviadas pelo { -rescue }, a mais recente primeiro
col-last-post = Último envio (UTC)
col-waiting = Espera
col-pickup = Atendimento
col-work-time = Tempo de trabalho
col-posts = Envios
custom-field = Campo personalizado { $n }
technician-email = E-mail do técnico
tracking-id = ID de rastreamento
waiting-time = Tempo de espera
pickup-time = Tempo até o atendimento
session-heading = Sessão { $session }
session-glance = A sessão em resumo
technician-notes = Notas do técnico
chat = Chat
what-rescue-sent = O que o { -rescue } enviou ({ $posts })
delete-record-summary = Excluir o registro desta sessão…
delete-record-explanation = A exclusão remove todos os envios do { -rescue } para esta sessão (para o pedido de um cliente de apagar seus dados). Quem excluiu e quando fica guardado.
delete-record = Excluir o registro
actions-here = Ações feitas por este painel
none-sentence = Nenhuma.
action-log-line = { $when } — { $action } por { $admin }: { $outcome }
in-the-history = No histórico →
field-name = { $field ->
        [from] De
        [to] Até
        [session] Sessão
        [outcome] Resultado
        [admin] Administrador
        [action] Ação
        [technician] Técnico
        [delivery] Entrega
       *[search] Busca
    }
bad-session-filter = Sessão deve ser um ID de sessão (só dígitos), não “{ $value }”.
bad-delivery = Entrega deve ser “waiting” ou “dead”.
text-too-long = { $name } é longo demais ou contém caracteres de controle (no máximo { $most } letras).
chart-per-technician = Sessões por técnico
chart-per-day = Sessões por dia (UTC, pelo primeiro envio)
chart-month = Mês
chart-waiting-times = Tempos de espera
all-technicians = Todos os técnicos
summary = Resumo
summary-caption = Sessões e tempos por técnico
median-waiting = Mediana de espera
median-pickup = Mediana até o atendimento
median-work = Mediana do tempo de trabalho
total-work = Tempo de trabalho total
outcomes-charts = Gráficos das sessões filtradas


## Relatórios

loading-report = Carregando o relatório…
report-heading = Relatório de sessões
report-choose = Escolher o relatório
report-target = Técnico, grupo ou canal
whole-account = Conta inteira
show-report = Mostrar relatório
report-fetched = { $total } sessões, obtidas do { -rescue } às { $at }.
fetch-again = Obter de novo
by-status = Por status
resolved = Resolvidas
resolved-count = { $resolved } resolvidas, { $unresolved } não resolvidas
by-technician = Por técnico
median-total = Mediana total
report-sessions = Sessões no relatório
queue = (fila)
skip-link = Pular para o conteúdo principal
cross-site-refused = Esta solicitação veio de outro site e foi recusada. Use as páginas do próprio { -product }.
sign-in-too-large = O formulário de acesso é muito maior do que qualquer acesso ao { -rescue }; nada foi enviado ao { -rescue }.
