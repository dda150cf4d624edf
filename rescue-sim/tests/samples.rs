//! The API guide's own cancelAction samples (`shared/seed/cancelAction.txt`) run as foreign
//! clients against the simulator: the "PHP with SOAP" program under Debian's php-cli and
//! php-soap, and the "C# with HttpWebRequest" flow (cookie container, login by GET, then
//! cancelAction by GET) reproduced with curl. `scripts/setup.sh` installs both tools; a
//! machine without them fails here rather than skipping, so a green run means they ran.

mod support;

use std::process::Command;

use rescue_sim::model::Status;
use rescue_sim::seed;
use rescue_sim::Config;
use support::*;

/// A session of the demo account with a hold requested by the demo administrator, pending.
async fn pending_hold(s: &Setup) -> u32 {
    let id = find_session(&s.sim, Status::Active);
    let creds = login(&s.client, seed::DEMO_ADMIN).await;
    let outcome = s
        .client
        .act(&creds, sid(id), &rescue::SessionCall::Hold)
        .await
        .unwrap();
    assert_eq!(outcome, rescue::ActionOutcome::Ok);
    assert_eq!(status_of(&s.sim, id), (Status::Active, true));
    id
}

fn run(command: &mut Command, what: &str) -> String {
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("{what} could not start ({e}): run scripts/setup.sh"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{what} failed: {stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

#[tokio::test]
async fn the_guides_php_soap_sample_cancels_the_action() {
    let s = start(Config::for_tests()).await;
    let id = pending_hold(&s).await;
    let program = include_str!("fixtures/cancel_action_soap.php")
        .replace(
            "{{WSDL}}",
            &format!("http://{}/api/api.asmx?wsdl", s.running.addr),
        )
        .replace("{{SESSION}}", &id.to_string());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cancel_action_soap.php");
    std::fs::write(&path, program).unwrap();
    // The WSDL cache off: each test's simulator has its own port and state.
    let mut php = Command::new("php");
    php.args(["-d", "soap.wsdl_cache_enabled=0"]).arg(&path);
    let printed = tokio::task::spawn_blocking(move || run(&mut php, "php"))
        .await
        .unwrap();
    println!("{printed}");
    assert_eq!(
        printed,
        "stdClass Object\n(\n    [loginResult] => login_OK\n)\n\
         stdClass Object\n(\n    [cancelActionResult] => cancelActionRet_OK\n)\n"
    );
    assert_eq!(status_of(&s.sim, id), (Status::Active, false));
    // The program's second call carried the cookie its login got.
    let requests = s.sim.requests();
    let soap: Vec<_> = requests
        .iter()
        .filter(|r| r.protocol == rescue_sim::Protocol::Soap11)
        .collect();
    assert_eq!(soap.len(), 2);
    assert!(soap[1].cookie.is_some() && soap[1].authcode.is_none());
}

#[tokio::test]
async fn the_guides_httpwebrequest_flow_with_curl() {
    let s = start(Config::for_tests()).await;
    let id = pending_hold(&s).await;
    let dir = tempfile::tempdir().unwrap();
    let jar = dir.path().join("cookies");
    let endpoint = format!("http://{}/api/", s.running.addr);
    let login = format!(
        "{endpoint}login.aspx?email={}&pwd={}",
        seed::DEMO_ADMIN,
        seed::DEMO_PASSWORD
    );
    let cancel = format!("{endpoint}cancelAction.aspx?session={id}&authcode=");
    let printed = tokio::task::spawn_blocking(move || {
        let login = run(
            Command::new("curl")
                .args(["-sS", "--fail", "-c"])
                .arg(&jar)
                .arg(login),
            "curl",
        );
        let cancel = run(
            Command::new("curl")
                .args(["-sS", "--fail", "-b"])
                .arg(&jar)
                .arg(cancel),
            "curl",
        );
        (login, cancel)
    })
    .await
    .unwrap();
    assert_eq!(printed, ("OK".to_owned(), "OK".to_owned()));
    assert_eq!(status_of(&s.sim, id), (Status::Active, false));
}
