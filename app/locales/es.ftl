# Rescue Console — español. Traducido con cuidado a partir de en.ftl; las correcciones de una
# empresa van en este archivo (véase docs/features.md). El panel rellena los valores { $… }.

-rescue = Rescue
-product = Rescue Console

## Duraciones y horas

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

## Recuentos

row-count = { $total ->
        [one] { $total } fila.
       *[other] { $total } filas.
    }
row-count-narrowed = Coinciden { $shown } de { $total } filas.
history-count = { $count ->
        [0] Ninguna acción registrada coincide.
        [one] { $count } acción, la más reciente primero.
       *[other] { $count } acciones en esta página, las más recientes primero.
    }
chart-others = Otros ({ $count })
chart-summary = { $total } acciones { $what ->
        [over-time] a lo largo del tiempo
        [by-admin] por administrador
       *[by-technician] por técnico
    }, { $groups } { $noun ->
        [month] { $groups ->
            [one] mes
           *[other] meses
        }
        [day] { $groups ->
            [one] día
           *[other] días
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
malformed-rows = No se pudieron leer { $count } fila(s) de { -rescue }, por lo que no se muestran.

## Acciones sobre sesiones

action-label = { $action ->
        [cancel] Cancelar acción
        [hold] Poner en espera
        [close] Cerrar
        [transfer] Transferir
       *[start] Iniciar
    }
action-question = { $action ->
        [cancel] ¿Cancelar la acción de esta sesión?
        [hold] ¿Poner esta sesión en espera?
        [close] ¿Cerrar esta sesión?
        [transfer] ¿Transferir esta sesión?
       *[start] ¿Iniciar esta sesión?
    }
action-explanation = { $action ->
        [cancel] { -rescue } descartará la acción que solicitó en esta sesión (poner en espera, cerrar, transferir o iniciar) antes de que la consola del técnico la lleve a cabo.
        [hold] La consola del técnico pondrá la sesión en espera. Hasta entonces, Cancelar acción retira la solicitud.
        [close] La consola del técnico finalizará la sesión para el cliente. Hasta entonces, Cancelar acción retira la solicitud.
        [transfer] La sesión pasa al técnico o canal que elija, con su comentario. Hasta que la consola lo lleve a cabo, Cancelar acción lo retira.
       *[start] El técnico que elija atenderá esta sesión en espera. Hasta que su consola lo haga, Cancelar acción retira la solicitud.
    }
action-busy = { $action ->
        [cancel] Cancelando…
        [hold] Poniendo en espera…
        [close] Cerrando…
        [transfer] Transfiriendo…
       *[start] Iniciando…
    }
pending = { $action ->
        [cancel] Cancelación solicitada
        [hold] Espera solicitada
        [close] Cierre solicitado
        [transfer] Transferencia solicitada
       *[start] Inicio solicitado
    } a las { $at }, pendiente
pending-uncertain = { $action ->
        [cancel] Cancelación solicitada
        [hold] Espera solicitada
        [close] Cierre solicitado
        [transfer] Transferencia solicitada
       *[start] Inicio solicitado
    } a las { $at }, resultado desconocido: compruebe la sesión en { -rescue }
outcome-note-attempted = Enviado a { -rescue }; su respuesta aún no ha llegado.
outcome-note-unknown = Resultado desconocido: el servidor se detuvo durante la llamada. Compruebe la sesión en { -rescue }.
the-technician = el técnico
action-noun = { $action ->
        [cancel] cancelación
        [hold] puesta en espera
        [close] cierre
        [transfer] transferencia
       *[start] inicio
    }

act-attempted = La acción ({ $noun }) de la sesión { $session } se envió a { -rescue }, cuya respuesta aún no ha llegado. Compruebe el estado de la sesión en un momento antes de volver a intentarlo.
act-unknown = Resultado desconocido: el servidor del panel se detuvo durante la acción ({ $noun }) de la sesión { $session }, así que nadie sabe si { -rescue } la llevó a cabo. Compruebe la sesión en { -rescue } antes de volver a intentarlo.
act-ok = { $action ->
        [cancel] Cancelado: la acción que solicitó en la sesión { $session } no se llevará a cabo y la sesión vuelve a estar como estaba.
        [hold] Espera solicitada: la consola de { $tech } pondrá la sesión { $session } en espera en breve. Hasta entonces, Cancelar acción la retira.
        [close] Cierre solicitado: la consola de { $tech } finalizará la sesión { $session } en breve. Hasta entonces, Cancelar acción lo retira.
        [transfer] Transferencia solicitada: la sesión { $session } pasará con su comentario cuando la consola la lleve a cabo. Hasta entonces, Cancelar acción la retira.
       *[start] Inicio solicitado: el técnico que eligió atenderá la sesión { $session } en breve. Hasta entonces, Cancelar acción lo retira.
    }
act-error = { -rescue } informó de un error y no confirmó la acción ({ $noun }) de la sesión { $session }. Compruebe el estado de la sesión antes de volver a intentarlo.
act-not-admin = { $action ->
        [cancel] Su cuenta de { -rescue } no es de administrador, así que no puede cancelar acciones. Pida a un administrador de { -rescue } que lo haga, o inicie sesión con una cuenta de administrador.
       *[other] Su cuenta de { -rescue } no es de administrador, así que { -rescue } rechazó la acción ({ $noun }). Pida a un administrador de { -rescue } que lo haga, o inicie sesión con una cuenta de administrador.
    }
act-failed = { $action ->
        [cancel] { -rescue } no pudo cancelar en la sesión { $session }: { $tech } está desconectado o su Technician Console no se está ejecutando, o no hay ninguna acción suya pendiente en ella.
        [hold] { -rescue } no pudo poner en espera la sesión { $session }: puede que ya esté en espera o tenga otra acción pendiente, o la Technician Console de { $tech } no se está ejecutando.
        [close] { -rescue } no pudo cerrar la sesión { $session }: { $tech } está desconectado o su Technician Console no se está ejecutando, o hay otra acción pendiente en ella.
        [transfer] { -rescue } no pudo transferir la sesión { $session }: { $tech } está desconectado o su Technician Console no se está ejecutando, o hay otra acción pendiente en ella.
       *[start] { -rescue } no pudo iniciar la sesión { $session }: el técnico que eligió está desconectado o su Technician Console no se está ejecutando, o la sesión ya no está en espera.
    }
act-invalid-session = { -rescue } no conoce la sesión { $session }: puede que haya terminado y se haya eliminado. Actualice la lista.
act-invalid-node = { $action ->
        [transfer] { -rescue } rechazó el destino de la transferencia: ese técnico o canal no existe en su cuenta (o es del otro tipo). Elija otro.
       *[other] { -rescue } no conoce al técnico que eligió, así que la sesión no se inició. Elija otro.
    }
act-invalid-authcode = { -rescue } ya no acepta su token de API ni su authcode (puede que uno más reciente lo haya sustituido). Cierre sesión y vuelva a iniciarla.
act-user-gone = Su usuario de { -rescue } se ha eliminado o desactivado, así que { -rescue } rechazó la acción ({ $noun }). Consulte a su administrador de { -rescue }.
act-undocumented = { -rescue } respondió { $code }, un motivo que este panel no conoce. Puede que la acción ({ $noun }) de la sesión { $session } no se haya realizado: compruebe su estado.
act-no-answer = { $failure ->
        [timeout] { -rescue } no respondió a tiempo. La acción ({ $noun }) de la sesión { $session } puede haberse realizado o no: compruebe la sesión antes de volver a intentarlo.
        [unreachable] No se puede contactar con { -rescue } desde este servidor en este momento, así que { $action ->
            [cancel] no se canceló nada
           *[other] no se envió nada
        }. Inténtelo más tarde.
        [rate-limited] { -rescue } pide menos solicitudes en este momento (HTTP 429), así que { $action ->
            [cancel] no se canceló nada
           *[other] no se envió nada
        }. Espere un minuto y vuelva a intentarlo.
        [broken] La conexión con { -rescue } se cortó durante la acción ({ $noun }). Puede haberse realizado o no en la sesión { $session }: compruébelo antes de volver a intentarlo.
        [too-large] La respuesta de { -rescue } era demasiado grande para leerla, así que el panel no sabe si la acción ({ $noun }) de la sesión { $session } se realizó: compruebe la sesión.
       *[unreadable] No se pudo entender la respuesta de { -rescue }. La acción ({ $noun }) de la sesión { $session } puede haberse realizado o no: compruebe la sesión.
    }
act-redirected = { -rescue } respondió con una redirección (HTTP { $status }), que este panel nunca sigue, así que { $action ->
        [cancel] no se canceló nada
       *[other] no se envió nada
    }. Avise a su administrador: puede que la dirección de { -rescue } configurada sea incorrecta.
act-http-status = { -rescue } tiene problemas (HTTP { $status }). Probablemente la acción ({ $noun }) de la sesión { $session } no se realizó: compruebe la sesión y vuelva a intentarlo.
interrupted = Un clic anterior en este botón se interrumpió; puede que { -rescue } lo haya recibido o no. Compruebe el estado de la sesión antes de volver a intentarlo.

## Almacenes y funcionamiento interno

shared-store-unavailable = No se puede acceder al almacén compartido del panel en este momento, así que no se envió nada a { -rescue }. Vuelva a intentarlo en un momento o avise a su administrador.
shared-store-unavailable-read = No se puede acceder al almacén compartido del panel en este momento, así que no se pidió ningún informe a { -rescue }. Vuelva a intentarlo en un momento o avise a su administrador.
session-store-down = El panel no puede leer sus inicios de sesión en este momento (su almacén de sesiones no está disponible), así que no se cambió nada. Vuelva a intentarlo en un momento o avise a su administrador.
shared-store-unavailable-sign-in = No se puede acceder al almacén compartido del panel en este momento, así que nadie puede iniciar sesión. Vuelva a intentarlo en un momento o avise a su administrador.
audit-unavailable = No se puede escribir en el registro de auditoría en este momento, así que no se envió nada a { -rescue }: cada acción se registra antes de realizarse. Vuelva a intentarlo en un momento o avise a su administrador.
session-not-saved = no se pudo guardar la sesión del panel; vuelva a intentarlo
form-invalid = El formulario enviado está incompleto o no es válido. Vuelva a cargar la página e inténtelo de nuevo.
page-link-invalid = El enlace de la página no es válido; empiece por lo más reciente.
history-unreadable = No se pudo leer el historial en este momento. Vuelva a intentarlo en un momento.
internal = El panel no pudo atender esta solicitud. Vuelva a intentarlo en un momento.

## El reloj de la lista

updated-refreshing = Actualizando…
updated-unanswered = No se pudo actualizar: el panel no respondió. Se muestra la lista de hace { $age }
updated-just-now = Actualizado ahora mismo
updated-ago = Actualizado hace { $age }
updated-paused = { $age } · actualización automática en pausa mientras confirma
updated-every = { $age } · se actualiza cada { $secs } s

## Lectura desde Rescue

transport-timeout = { -rescue } no respondió a tiempo. No se cambió nada; vuelva a intentarlo en un momento.
transport-unreachable = No se puede contactar con { -rescue } desde este servidor en este momento. Inténtelo más tarde.
transport-rate-limited = { -rescue } pide menos solicitudes en este momento. Espere un minuto y vuelva a intentarlo.
transport-redirected = { -rescue } respondió con una redirección (HTTP { $status }), que este panel nunca sigue, así que no se reenvió nada. Avise a su administrador: puede que la dirección de { -rescue } configurada sea incorrecta.
transport-http-status = { -rescue } tiene problemas (HTTP { $status }). Inténtelo más tarde.
transport-no-session = { -rescue } aceptó el inicio de sesión pero no abrió una sesión. Vuelva a intentarlo.
transport-too-large = La respuesta de { -rescue } era demasiado grande para leerla, así que no se muestra nada. Acote lo que pidió (un técnico o grupo en lugar de todos) o avise a su administrador.
transport-unreadable = No se pudo entender la respuesta de { -rescue }. Vuelva a intentarlo; si sigue ocurriendo, avise a su administrador.
list-invalid-node = { -rescue } no conoce este técnico, grupo o canal.
list-user-gone = Su usuario de { -rescue } se ha eliminado o desactivado.
list-invalid-authcode = { -rescue } ya no acepta su token de API ni su authcode.
list-not-logged-in = Su inicio de sesión en { -rescue } ha caducado.
list-error = { -rescue } informó de un error al enumerar las sesiones. Vuelva a intentarlo.
list-undocumented = { -rescue } rechazó la lista por un motivo que este panel no conoce ({ $code }).
nothing-to-list = Su cuenta de { -rescue } no tiene técnicos ni canales que mostrar.
no-targets = { -rescue } no enumeró sus técnicos y canales, así que no hay nada que elegir. Vuelva a intentarlo en un momento.
login-expired = Su inicio de sesión en { -rescue } caducó tras 20 minutos de inactividad. Inicie sesión de nuevo para continuar donde estaba.

## Direcciones

address-bad-id = El campo { $field } de la dirección no es válido: { $why }.
address-bad-noderef = noderef debe ser NODE o CHANNEL.
address-bad-day = { $name } debe ser una fecha como 2026-11-28, no «{ $value }».
address-backwards = El intervalo de fechas está al revés: { $from } es posterior a { $to }.

## Informes

report-wait-copy = { -rescue } permite un informe por minuto y por inicio de sesión; esta es la copia obtenida a las { $at }. Se podrá obtener uno nuevo en { $secs } s.
report-wait = { -rescue } permite un informe por minuto y por inicio de sesión. Este informe se podrá obtener en { $secs } s.
report-invalid-format = { -rescue } no pudo leer las fechas del informe (INVALIDFORMAT). Vuelva a elegir los días en el calendario.
report-invalid-range = { -rescue } rechazó el intervalo de fechas del informe (INVALIDDATERANGE): el primer día no debe ser posterior al último. Vuelva a elegir los días.
report-user-gone = { -rescue } rechazó la configuración del informe: su usuario de { -rescue } se ha eliminado o desactivado (USER_DELETED_OR_DISABLED).
report-settings-refused = { -rescue } rechazó la configuración del informe ({ $code }). Vuelva a intentarlo en un momento.
report-refused = { -rescue } no pudo generar el informe ({ $code }). Vuelva a intentarlo dentro de un minuto.
reports-need-password = { -rescue } no genera informes para un token de API o authcode en esta cuenta. Cierre sesión e iníciela con su correo electrónico y contraseña para ver los informes.
report-unknown-node = { -rescue } no conoce este nodo; elija otro de la lista.
report-form-hint = Elija toda la cuenta, un técnico, grupo o canal y los días, y después Mostrar informe. { -rescue } genera un informe por minuto y por inicio de sesión.
report-not-fetched = Este informe aún no se ha obtenido: ábralo primero en la página de informes.

## Inicio de sesión

signed-in = Sesión iniciada.
login-invalid = El correo electrónico o la contraseña no son correctos. Compruebe ambos y vuelva a intentarlo.
login-ip-restricted = { -rescue } rechazó el inicio de sesión: su cuenta de { -rescue } solo acepta inicios de sesión desde direcciones IP permitidas, y el servidor de este panel no está entre ellas. Pida al titular de la cuenta de { -rescue } que permita la dirección del servidor.
login-error = { -rescue } informó de un error al iniciar su sesión. Vuelva a intentarlo en un momento.
login-undocumented = { -rescue } rechazó el inicio de sesión por un motivo que este panel no conoce ({ $code }).
token-invalid = { -rescue } no acepta este token o authcode: puede estar mal escrito o haber sido sustituido por uno más reciente.
token-user-gone = El usuario de { -rescue } de este token se ha eliminado o desactivado.
token-not-accepted = { -rescue } no aceptó este token o authcode.
token-error = { -rescue } informó de un error al comprobar el token. Vuelva a intentarlo en un momento.
token-undocumented = { -rescue } rechazó el token por un motivo que este panel no conoce ({ $code }).
too-many-failures = Demasiados inicios de sesión fallidos desde su dirección de red. Espere { $wait } antes de volver a intentarlo.
rescue-limit = { -rescue } permite como máximo 10 inicios de sesión en 3 minutos por cuenta, y esta cuenta ha llegado a ese límite. Espere { $wait } y vuelva a intentarlo.
lifetime-over = Su sesión aquí dura como máximo { $most }, y ese tiempo ha terminado. Inicie sesión de nuevo para continuar donde estaba.
idle-over = Estuvo ausente más de { $idle }, así que se cerró su sesión. Inicie sesión de nuevo para continuar donde estaba.
signed-out = Ha cerrado la sesión.
login-revoked = { -rescue } ya no acepta su inicio de sesión (terminó allí o la cuenta se desactivó). Inicie sesión de nuevo para continuar.
field-fields = Escriba su correo electrónico y contraseña de { -rescue }.
field-email = Esa no es una dirección de correo que { -rescue } pueda tener (como máximo 254 caracteres, en una línea).
field-password = Esa contraseña es más larga que cualquiera que acepte { -rescue } (como máximo 256 caracteres).
field-token = Pegue el token de API o authcode: una sola palabra, sin espacios, de 512 caracteres como máximo.
not-allowed = { -rescue } aceptó esta cuenta, pero no es uno de los administradores autorizados a usar este panel. No se guardó nada; pida a quien gestiona { -product } que la añada.
token-owner-unknown = { -rescue } no indicó de quién es este token, y este panel solo admite administradores de la lista. Inicie sesión con su correo electrónico y contraseña de { -rescue }.
sso-provider = { $provider } no inició su sesión ({ $code }). No se guardó nada; vuelva a intentarlo o consulte a quien gestiona su proveedor de identidad.
sso-undocumented = { -rescue } rechazó el inicio de sesión único por un motivo que este panel no conoce ({ $code }).
sso-refusal = { $why ->
        [cancelled] { $provider } no inició su sesión (usted o el proveedor cancelaron). No se guardó nada.
        [state] Este inicio de sesión a través de { $provider } ha caducado, ya se usó o se empezó en otro navegador. Vuelva a empezar con el botón de inicio de sesión.
        [code] { $provider } no aceptó el código de este inicio de sesión (puede que ya se haya usado o haya caducado). Vuelva a empezar con el botón de inicio de sesión.
        [no-id-token] { $provider } respondió sin decir quién es usted (sin ID token). Pida a quien gestiona su proveedor de identidad que permita el ámbito openid para este panel.
        [issuer] La respuesta no procedía de { $provider } tal como está configurado (emisor incorrecto), así que no se consideró fiable. No se guardó nada.
        [audience] La respuesta de { $provider } iba dirigida a otra aplicación (audiencia incorrecta), así que no se consideró fiable. No se guardó nada.
        [expired] La respuesta de { $provider } ya había caducado. Compruebe el reloj de este servidor y vuelva a empezar con el botón de inicio de sesión.
        [signature] La respuesta de { $provider } no está firmada por él, así que no se consideró fiable. No se guardó nada.
        [nonce] La respuesta de { $provider } pertenece a otro inicio de sesión, así que no se consideró fiable. Vuelva a empezar con el botón de inicio de sesión.
        [unverified] { $provider } no ha verificado la dirección de correo de su cuenta, así que no puede iniciar su sesión aquí. Pida a quien gestiona su proveedor de identidad que la verifique.
        [claim] { $provider } no indicó cuál es su ID de inicio de sesión único de { -rescue } (el claim que este panel está configurado para leer falta o está vacío).
        [not-allowed] { $provider } inició su sesión, pero su cuenta no es uno de los administradores autorizados a usar este panel. No se guardó nada; pida a quien gestiona { -product } que la añada.
        [unreachable] No se puede contactar con { $provider } desde este servidor en este momento. Inténtelo más tarde.
        [store] Este servidor no puede acceder a su almacén compartido en este momento, así que nadie puede iniciar sesión. Vuelva a intentarlo en un momento.
        [rescue-invalid] { $provider } inició su sesión, pero { -rescue } no aceptó el inicio de sesión único: puede que su cuenta de { -rescue } tenga otro ID de inicio de sesión único o esté desactivada, o que la contraseña o el ID de SSO de empresa de este panel no coincidan con la configuración global (Global Settings) de { -rescue }.
        [company] { -rescue } rechazó el ID de empresa de este panel (RESCUE_COMPANY_ID). Pida a quien gestiona { -product } que lo compare con la configuración global (Global Settings) de { -rescue }.
       *[rescue-error] { -rescue } informó de un error al iniciar su sesión mediante inicio de sesión único. Vuelva a intentarlo en un momento.
    }
password-refused-try-sso = El correo electrónico o la contraseña no son correctos. Si su empresa inicia sesión a través de { $provider }, use el botón «Iniciar sesión con { $provider }»: las cuentas con inicio de sesión único no tienen contraseña de { -rescue }.
method-off = Esta forma de iniciar sesión está desactivada aquí. Use una de las que ofrece la página de inicio de sesión.

## Acciones en bloque

bulk-explanation = Se pregunta a { -rescue } una vez por cada sesión, cuatro a la vez, y cada llamada se registra antes en el registro de auditoría. La respuesta de cada sesión aparece en la página siguiente a medida que llega; no se reintenta nada.
login-expired-mid-run = Su inicio de sesión en { -rescue } caducó durante esta ejecución, así que las sesiones aún no enviadas no se cambiaron. Inicie sesión de nuevo y vuelva a elegirlas.
run-gone = Estos resultados ya no están aquí (solo se guardan los de la última acción en bloque de este navegador). El registro de auditoría de la página Historial contiene cada llamada realizada.
bulk-actions-only = Las acciones en bloque son cancelar, poner en espera y cerrar: no se envió nada a { -rescue }.
bulk-no-list = El formulario no indica ninguna lista de sesiones: no se envió nada a { -rescue }.
bulk-no-list-address = La dirección no indica ninguna lista: vuelva a la página de sesiones y elija de nuevo.
nothing-pending = Ninguna sesión de esta lista tiene una acción suya pendiente: no hay nada que cancelar.
none-listed = Ninguna de las sesiones elegidas sigue en la lista: puede que hayan terminado o se hayan movido. Vuelva a la lista y actualícela.
not-sent-gone = La sesión { $session } ya no está en la lista (terminó o se movió), así que no se envió a { -rescue }.
not-sent-expired = La sesión { $session } no se envió: su inicio de sesión en { -rescue } caducó.
left-out = Ya no están en la lista y se omitieron: { $sessions } (puede que hayan terminado o se hayan movido).
bulk-label = { $action ->
        [cancel] Cancelar acción en { $count ->
            [one] { $count } sesión
           *[other] { $count } sesiones
        }
        [hold] Poner en espera { $count ->
            [one] { $count } sesión
           *[other] { $count } sesiones
        }
       *[close] Cerrar { $count ->
            [one] { $count } sesión
           *[other] { $count } sesiones
        }
    }
not-possible = { $action ->
        [cancel] Cancelar acción no es posible para todas las sesiones elegidas: { $refused } no se puede cancelar.
        [hold] Poner en espera no es posible para todas las sesiones elegidas: { $refused } no se puede poner en espera.
       *[close] Cerrar no es posible para todas las sesiones elegidas: { $refused } no se puede cerrar.
    } Elija solo sesiones que lo permitan: no se envió nada a { -rescue }.
bulk-group = { $group ->
        [done] { $count } { $action ->
            [cancel] canceladas
            [hold] en espera
           *[close] cerradas
        }
        [offline] { $count ->
            [one] { $count } técnico desconectado
           *[other] { $count } técnicos desconectados
        }
        [gone] { $count ->
            [one] { $count } sesión ya no existe
           *[other] { $count } sesiones ya no existen
        }
        [not-admin] { $count } rechazadas: no es administrador
        [unknown] { $count } con resultado desconocido o fallidas por el camino
        [refused] { $count } rechazadas por { -rescue }
       *[not-sent] { $count } no enviadas
    }
list-separator = {", "}
bulk-progress = { $answered } de { $total } respondidas hasta ahora · esta página se actualiza cada 2 segundos hasta que lleguen todas

## Confirmar una acción

no-such-action = No existe esa acción de sesión: las acciones son cancel, hold, close, transfer y start.
bad-session-id = El ID de sesión no es válido: { $why }.
pick-technician = Elija el técnico que debe iniciarla.
pick-target = Elija el técnico o canal al que transferir.
not-a-target = El destino `{ $target }` no es un técnico ni un canal.
bad-target = El destino no es válido: { $why }.
only-technicians-start = Solo un técnico puede iniciar una sesión, no un canal.
comment-too-long = El comentario tiene { $length } caracteres; { -rescue } admite como máximo { $most }.
comment-one-line = El comentario debe ser una sola línea de texto (sin saltos de línea ni caracteres de control).
sign-in-first = Inicie sesión primero. No se envió nada a { -rescue }.
expired-mid-action = Su inicio de sesión en { -rescue } caducó, así que la sesión { $session } no se cambió. Inicie sesión de nuevo para continuar.
confirmation-invalid = Esta confirmación no la generó este panel, así que no se envió nada a { -rescue }. Vuelva a abrir la confirmación desde la lista.
confirmation-expired = Esta confirmación tiene más de una hora, así que no se envió nada a { -rescue }. Vuelva a abrirla desde la lista para ver la sesión tal como está ahora.
confirmation-running = Esta confirmación ya se está llevando a cabo, así que no se volvió a enviar. Su resultado aparecerá en la lista y en el historial.
already-done = Ya hecho: esta confirmación se envió antes, así que no se volvió a enviar nada. { $first }
nothing-sent-marker = no se envió nada
not-sent = { $why } No se envió nada a { -rescue }.
answer-unrecorded = No se pudo escribir la respuesta de { -rescue } en el registro de auditoría, donde este intento aparece con resultado desconocido; avise a su administrador.
no-longer-listed = La sesión { $session } ya no está en la lista: puede que haya terminado o se haya movido. Vuelva a la lista y actualícela.

## Listas en directo y acciones de otros administradores

stream-signed-out = Inicie sesión para seguir esta lista en directo.
stream-no-list = Indique la lista que quiere seguir: node y noderef (NODE o CHANNEL).
live-updates = { $age } · en directo
news-mark = { $action ->
        [cancel] Cancelar acción
        [hold] Poner en espera
        [close] Cerrar
        [transfer] Transferir
       *[start] Iniciar
    } por { $by } — { $how ->
        [requested] solicitado
        [unknown] resultado desconocido, compruébelo en { -rescue }
        [done] hecho
        [refused] rechazado por { -rescue }
       *[no-answer] sin respuesta de { -rescue }
    } { $at }

## Clientes en espera

waiting-mark = esperando { $age }
wait-alerts = { $count ->
        [one] { $count } cliente en espera
       *[other] { $count } clientes en espera
    } desde hace más de { $limit }
sessions-title = { $alerts ->
        [0] Sesiones — { $node }
       *[other] ({ $alerts }) Sesiones — { $node }
    }

## Resultados de sesiones (Post to URL)

outcome-id-invalid = Eso no es un ID de sesión de { -rescue }: es un número, tal como aparece en la lista de sesiones.
outcome-unreadable = No se puede leer el registro de la sesión en este momento. Vuelva a intentarlo en un momento.
outcome-not-deleted = No se pudo eliminar el registro de la sesión en este momento; no se quitó nada. Vuelva a intentarlo en un momento.
outcomes-count = { $count ->
        [0] Ninguna sesión enviada por { -rescue } coincide.
        [one] { $count } sesión, la enviada más recientemente primero.
       *[other] { $count } sesiones en esta página, las enviadas más recientemente primero.
    }
posts = { $count ->
        [one] { $count } envío
       *[other] { $count } envíos
    }
outcome-deleted = { $admin } eliminó el registro de esta sesión a las { $at } ({ $posts }).
outcome-not-found = No se guarda nada sobre la sesión { $session }: { -rescue } no la ha enviado a este panel y aquí no se realizó ninguna acción sobre ella.
counts-summary = { $total } sesiones por { $group ->
        [day] día
        [waiting] tiempo de espera
       *[technician] técnico
    } ({ $groups } mostrados); el máximo, { $most }, en { $label }.
counts-summary-none = No hay sesiones por { $group ->
        [day] día
        [waiting] tiempo de espera
       *[technician] técnico
    }.
outcomes-summary = { $sessions ->
        [one] { $sessions } sesión coincide
       *[other] { $sessions } sesiones coinciden
    } con los filtros, atendidas por { $technicians ->
        [one] { $technicians } técnico
       *[other] { $technicians } técnicos
    }.
waiting-unknown = { $count ->
        [one] { $count } sesión no tiene tiempo de espera en sus envíos.
       *[other] { $count } sesiones no tienen tiempo de espera en sus envíos.
    }
bucket-under = menos de { $hi }
bucket-between = de { $lo } a { $hi }
bucket-over = { $lo } o más
record-link = Registro de la sesión { $session }
sign-in-incomplete = El formulario de inicio de sesión está incompleto.
session-action = Acción de sesión
confirm = Confirmar


## La página de inicio de sesión

product = { -product }
sign-in-lede = Inicie sesión con su cuenta de administrador de LogMeIn { -rescue }.
demo-mode = Modo de demostración
sign-in-demo = Este servidor se comunica con un simulador de { -rescue } integrado, no con LogMeIn { -rescue }. Inicie sesión como { $email } con la contraseña { $password }.
signed-in-as = Ha iniciado sesión como { $email }.
go-to-sessions = Ir a las sesiones
sign-out = Cerrar sesión
sign-in-with = Iniciar sesión con { $provider }
email = Correo electrónico
password = Contraseña
password-show = Mostrar
password-hide = Ocultar
sign-in = Iniciar sesión
signing-in = Iniciando sesión…
sign-in-token-summary = Iniciar sesión con un token de API o authcode
token-label = Token de API o authcode
sign-in-with-token = Iniciar sesión con token

## La página de sesiones

sessions = Sesiones
sessions-heading = Sesiones — { $node }
filter-sessions = Filtrar las sesiones
col-session = Sesión
col-status = Estado
col-technician = Técnico
col-channel = Canal
col-in-status-for = Tiempo en estado
col-started = Inicio
col-customer = Cliente
col-language = Idioma
col-actions = Acciones
status-live = En curso (sin terminar)
status-finished = Terminada
search-sessions = Buscar ID, cliente, campos
apply = Aplicar
clear = Borrar
any = Cualquiera
refresh = Actualizar
notify-waits = Avisarme de esperas largas
bulk-bar = Actuar sobre las sesiones seleccionadas
bulk-cancel-selected = Cancelar acción en las sesiones seleccionadas
bulk-hold-selected = Poner en espera las seleccionadas
bulk-close-selected = Cerrar las seleccionadas
bulk-select-pending = Todas las filas con una acción mía pendiente
no-sessions-match = Ninguna sesión coincide con estos filtros.
no-sessions-here = No hay sesiones aquí en este momento.
picker = Técnicos, grupos y canales
bulk-selected = { $count ->
        [one] { $count } sesión seleccionada
       *[other] { $count } sesiones seleccionadas
    }
bulk-not-allowed = No todas las sesiones seleccionadas lo permiten
wait-notice = Sesión { $session }: cliente { $mark }

lead-mark = {" "}(principal)
more-actions = Más
select-session = Seleccionar la sesión { $session }
loading-sessions = Cargando las sesiones…
sessions-page-title = Sesiones — { -product }
bad-sort = sort debe ser uno de { $keys }, no «{ $sort }».
bad-dir = dir debe ser asc o desc, no «{ $dir }».
search-too-long = El texto de búsqueda es demasiado largo (como máximo 200 letras).

## Selectores y barra superior

language = Idioma
language-change = Cambiar idioma
language-unknown = Elija un idioma que hable el panel: { $tags }.
back-invalid = No se puede volver a esa dirección de página.
theme-unknown = Elija el esquema de colores: system, light o dark.
theme = { $theme ->
        [light] Claro
        [dark] Oscuro
       *[system] Sistema
    }
theme-picker = Esquema de colores
theme-colours = Colores:

nav-sections = Secciones
nav-sessions = Sesiones
nav-history = Historial
nav-reports = Informes
nav-outcomes = Resultados
node-unnamed = Nodo { $id }
not-found = Página no encontrada
not-found-text = No hay nada en esta dirección.
go-to-sign-in = Ir al inicio de sesión
sign-in-needed = Tiene que iniciar sesión.
back-to-sessions = ← Volver a las sesiones
dashboard-unreachable = No se pudo contactar con el servidor. Compruebe su conexión y vuelva a intentarlo.

## La confirmación

waiting-in-queue = — (en espera en una cola)
target-technician = Técnico que la inicia
target-transfer = Transferir a
target-channel = Canal: { $name }
pick-one = Elija uno…
transfer-comment = Comentario para el técnico que la recibe
keep-it = Mantenerla
close-dialog = Cerrar
loading-session = Cargando la sesión…
no-node = La dirección no indica ningún nodo.

## Páginas de acciones en bloque

picks-none = Elija al menos una sesión: no se envió nada a { -rescue }.
picks-too-many = Se pueden cambiar como máximo { $most } sesiones a la vez, y se eligieron { $chosen }: no se envió nada a { -rescue }. Acote la lista con sus filtros o elija menos.
picks-bad = «{ $value }» no es una sesión de la lista (un ID de sesión y el ID de su técnico, como 1073200000:337202): no se envió nada a { -rescue }.
loading-the-sessions = Cargando las sesiones…
bulk-action = Acción en bloque
bulk-page-title = Acción en bloque — { -product }
page-title = { $page } — { -product }
bulk-confirm = Confirmar: { $label }
keep-them = Mantenerlas
bulk-question = ¿{ $label }?
the-sessions = Las sesiones
bulk-results-title = { $label }: resultados — { -product }
bulk-results = { $label }: resultados
bulk-each-outcome = El resultado de cada sesión
waiting-for-rescue = Esperando a { -rescue }…
col-your-pending = Su acción pendiente
col-outcome = Resultado
nothing-sent-title = No se envió nada — { -product }
session-record = Registro de la sesión

## Historial

loading-history = Cargando el historial…
history-charts = Gráficos de las acciones filtradas
history-heading = Historial de acciones
history-filter = Filtrar el historial
from-utc = Desde (UTC)
to-utc = Hasta (UTC)
col-admin = Administrador
col-action = Acción
session-id = ID de sesión
delivery = Entrega al SIEM
history-table = Acciones, la más reciente primero
export-csv = Exportar CSV
col-time-utc = Hora (UTC)
col-latency = Latencia
col-as-listed = Sesión tal como aparecía
pager = Páginas de la lista
pager-newest = ← Más recientes
pager-older = Más antiguas →
none-value = (ninguno)
chart-numbers = Cifras
chart-total = Total
chart-over-time-utc = Resultados a lo largo del tiempo (UTC)
chart-over-time = Resultados a lo largo del tiempo
chart-day = Día
chart-by = { $noun ->
        [admin] Resultados por administrador
       *[technician] Resultados por técnico
    }
chart-group = { $noun ->
        [admin] Administrador
       *[technician] Técnico
    }

## Páginas de resultados de sesiones

outcomes-heading = Resultados de sesiones
outcomes-search = Cliente, campos, ID de seguimiento, notas
outcomes-table = Sesiones enviadas por { -rescue }, la más reciente primero
col-last-post = Último envío (UTC)
col-waiting = Espera
col-pickup = Atención
col-work-time = Tiempo de trabajo
col-posts = Envíos
custom-field = Campo personalizado { $n }
technician-email = Correo electrónico del técnico
tracking-id = ID de seguimiento
waiting-time = Tiempo de espera
pickup-time = Tiempo hasta la atención
session-heading = Sesión { $session }
session-glance = La sesión de un vistazo
technician-notes = Notas del técnico
chat = Chat
what-rescue-sent = Lo que envió { -rescue } ({ $posts })
delete-record-summary = Eliminar el registro de esta sesión…
delete-record-explanation = La eliminación quita todos los envíos de { -rescue } para esta sesión (para la solicitud de un cliente de borrar sus datos). Se conserva quién la eliminó y cuándo.
delete-record = Eliminar el registro
actions-here = Acciones a través de este panel
none-sentence = Ninguna.
action-log-line = { $when } — { $action } por { $admin }: { $outcome }
in-the-history = En el historial →
field-name = { $field ->
        [from] Desde
        [to] Hasta
        [session] Sesión
        [outcome] Resultado
        [admin] Administrador
        [action] Acción
        [technician] Técnico
        [delivery] Entrega
       *[search] Búsqueda
    }
bad-session-filter = Sesión debe ser un ID de sesión (solo dígitos), no «{ $value }».
bad-delivery = Entrega debe ser «waiting» o «dead».
text-too-long = { $name } es demasiado largo o contiene caracteres de control (como máximo { $most } letras).
chart-per-technician = Sesiones por técnico
chart-per-day = Sesiones por día (UTC, según el primer envío)
chart-month = Mes
chart-waiting-times = Tiempos de espera
all-technicians = Todos los técnicos
summary = Resumen
summary-caption = Sesiones y tiempos por técnico
median-waiting = Mediana de espera
median-pickup = Mediana hasta la atención
median-work = Mediana de tiempo de trabajo
total-work = Tiempo de trabajo total
outcomes-charts = Gráficos de las sesiones filtradas


## Informes

loading-report = Cargando el informe…
report-heading = Informe de sesiones
report-choose = Elegir el informe
report-target = Técnico, grupo o canal
whole-account = Toda la cuenta
show-report = Mostrar informe
report-fetched = { $total } sesiones, obtenidas de { -rescue } a las { $at }.
fetch-again = Volver a obtener
by-status = Por estado
resolved = Resueltas
resolved-count = { $resolved } resueltas, { $unresolved } sin resolver
by-technician = Por técnico
median-total = Mediana total
report-sessions = Sesiones del informe
queue = (cola)
skip-link = Saltar al contenido principal
cross-site-refused = Esta solicitud procedía de otro sitio y se rechazó. Use las páginas propias de { -product }.
sign-in-too-large = El formulario de inicio de sesión es mucho más grande que cualquier inicio de sesión de { -rescue }; no se envió nada a { -rescue }.
