//! What the sign-in page needs to know: demo mode and its account, a message carried over from
//! the previous request, and whether this browser is already signed in.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::core::flash::Flash;
use crate::error::Error;

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
    /// A message left by the previous request (failed sign-in, signed out, login expired).
    pub flash: Option<Flash>,
    /// The e-mail this browser is signed in with, if it is.
    pub signed_in_as: Option<String>,
    /// Whether a pasted token is accepted (`SIGN_IN_METHODS`); Rescue is asked whose it is, so
    /// the list of admins applies to it too.
    pub tokens: bool,
    /// The identity provider's name (`OIDC_NAME`) when single sign-on is offered.
    pub sso: Option<String>,
    /// Whether the e-mail and password form is switched off (`SIGN_IN_METHODS`).
    pub no_password: bool,
}

/// The sign-in facts of this request (no login needed). Reading the message consumes it.
#[server]
pub async fn load_sign_in_info() -> Result<SignInInfo, Error> {
    use crate::core::flash::take_flash;
    use crate::core::login::current_login;
    let mut info = use_context::<SignInInfo>().unwrap_or_default();
    let visit = crate::core::Visit::open().await?;
    info.flash = take_flash(&visit.services).await;
    info.signed_in_as = current_login(&visit.dashboard, &visit.services)
        .await
        .map(|l| l.email);
    if let Ok(rules) =
        visit.state::<std::sync::Arc<crate::sign_in::rules::SignInRules>>("the sign-in rules")
    {
        info.tokens = rules.methods.token;
        info.no_password = !rules.methods.password;
        info.sso = visit
            .services
            .sso
            .as_ref()
            .filter(|_| rules.methods.sso)
            .map(|sso| sso.name().to_owned());
    }
    Ok(info)
}
