//! A PostgreSQL database of its own for one test: created empty, dropped when the test ends
//! (passed or not). The server the test builds afterwards on this thread keeps its audit log
//! there (see `server_in`).

use std::cell::RefCell;

use sqlx::Connection;

thread_local! {
    /// The audit database of servers this test thread builds; `None`: SQLite in the test's dir.
    pub static DATABASE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Where the tests find PostgreSQL: `TEST_POSTGRES_URL`, or this machine's server with trust
/// auth. No database name: each test makes its own.
pub fn server_url() -> String {
    std::env::var("TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into())
}

/// One test's database.
pub struct TestDatabase {
    /// Its URL, as `DATABASE_URL` takes it.
    pub url: String,
    name: String,
}

/// Makes a fresh database and has the servers this thread builds use it. PostgreSQL must be
/// running: the test command starts or checks it, and a test without it fails saying so.
pub async fn database() -> TestDatabase {
    let name = format!("rc_test_{:016x}", rand::random::<u64>());
    let admin = format!("{}/postgres", server_url());
    let mut conn = sqlx::PgConnection::connect(&admin)
        .await
        .unwrap_or_else(|e| panic!("PostgreSQL is needed at {admin} (set TEST_POSTGRES_URL): {e}"));
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await
        .unwrap();
    let _ = conn.close().await;
    let url = format!("{}/{name}", server_url());
    DATABASE.with(|d| *d.borrow_mut() = Some(url.clone()));
    TestDatabase { url, name }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        DATABASE.with(|d| *d.borrow_mut() = None);
        let name = self.name.clone();
        // Dropped from inside the test's runtime, which cannot be blocked on: a thread of its own.
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let admin = format!("{}/postgres", server_url());
                if let Ok(mut conn) = sqlx::PgConnection::connect(&admin).await {
                    // FORCE: the dropped server's pool may still hold connections.
                    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(&mut conn)
                        .await;
                }
            });
        })
        .join();
    }
}
