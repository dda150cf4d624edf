//! What the simulator tests share: a simulator on a loopback port, a signed-in client, and
//! lookups in the simulated account.
#![allow(dead_code)]

pub mod soap_client;

use std::time::Duration;

use rescue::{Client, Credentials, LoginOutcome, NodeId, SecretString, SessionId};
use rescue_sim::model::Status;
use rescue_sim::seed::{self};
use rescue_sim::{Config, Running, Simulator};

pub struct Setup {
    pub sim: Simulator,
    pub running: Running,
    pub client: Client,
}

pub async fn start(config: Config) -> Setup {
    let sim = Simulator::new(config);
    let running = sim.spawn("127.0.0.1:0".parse().unwrap()).await.unwrap();
    let client = Client::new(&running.api_url(), Duration::from_millis(500)).unwrap();
    Setup {
        sim,
        running,
        client,
    }
}

pub fn password() -> SecretString {
    seed::DEMO_PASSWORD.to_owned().into()
}

pub async fn login(client: &Client, email: &str) -> Credentials {
    match client.login(email, &password()).await.unwrap() {
        LoginOutcome::Ok(cookie) => Credentials::Cookie(cookie),
        other => panic!("login {email}: {other:?}"),
    }
}

pub fn sid(id: u32) -> SessionId {
    SessionId::new(id).unwrap()
}

pub fn nid(id: u32) -> NodeId {
    NodeId::new(id).unwrap()
}

/// A session in `status`, no pending action, whose lead technician's console is running.
pub fn find_session(sim: &Simulator, status: Status) -> u32 {
    sim.with_account(|account| {
        let ids: Vec<u32> = account
            .sessions()
            .filter(|s| s.status == status && s.pending.is_none())
            .filter(|s| {
                s.technicians.first().is_some_and(|t| {
                    account
                        .node(*t)
                        .is_some_and(|n| n.presence.console_running())
                })
            })
            .map(|s| s.id)
            .collect();
        *ids.first().expect("demo account has such a session")
    })
}

pub fn status_of(sim: &Simulator, id: u32) -> (Status, bool) {
    sim.with_account(|a| {
        let s = a.session(id).expect("session exists");
        (s.status, s.pending.is_some())
    })
}

/// The simulator's address, `http://host:port`.
pub fn base(s: &Setup) -> String {
    format!("http://{}", s.running.addr)
}

/// The text of an `.aspx` page, asked with `cookie` when given.
pub async fn page_text(http: &reqwest::Client, url: String, cookie: Option<&str>) -> String {
    let mut request = http.get(url);
    if let Some(cookie) = cookie {
        request = request.header("Cookie", cookie);
    }
    request.send().await.unwrap().text().await.unwrap()
}

/// An authcode from SOAP works on a page.
pub async fn assert_code_lists_the_hierarchy(s: &Setup, http: &reqwest::Client, code: &str) {
    let url = format!("{}/API/getHierarchy_v2.aspx?authcode={code}", base(s));
    let page = page_text(http, url, None).await;
    assert!(page.starts_with("OK"), "{page}");
}

pub async fn service(s: &Setup, http: &reqwest::Client) -> soap_client::Service {
    let url = format!("{}/api/api.asmx?wsdl", base(s));
    let wsdl = http.get(url).send().await.unwrap();
    assert_eq!(wsdl.status(), 200);
    soap_client::Service::parse(&wsdl.text().await.unwrap())
}
