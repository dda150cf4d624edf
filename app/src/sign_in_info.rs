//! What the sign-in page needs to know about this server: whether it runs in demo mode, and
//! with which demo account.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A demo account to sign in with. Only ever set in demo mode, where Rescue is the built-in
/// simulator and these credentials are public.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DemoAccount {
    /// E-mail to sign in with.
    pub email: String,
    /// Its password.
    pub password: String,
}

/// Provided by the server as context; `demo` is `None` against a real Rescue.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInInfo {
    /// The demo account, in demo mode.
    pub demo: Option<DemoAccount>,
}

/// The sign-in facts of this server (read-only, no login needed).
#[server]
pub async fn load_sign_in_info() -> Result<SignInInfo, ServerFnError> {
    Ok(use_context::<SignInInfo>().unwrap_or_default())
}
