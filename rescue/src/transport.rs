//! One call on the wire: the POST, the status checks, the capped read and the framing, with
//! big parses moved off the async workers.
//!
//! Why the care: a session list or report can be megabytes, and a broken or hostile upstream can
//! send far more. The body is read into one buffer that never grows past the cap, framed in
//! place, and parsed where a slow parse cannot stall every other request of the server.

use std::time::Instant;

use reqwest::header::{HeaderValue, COOKIE, SET_COOKIE};

use crate::auth::{Credentials, LoginCookie};
use crate::error::{Error, Result};
use crate::observe;
use crate::wire::Reply;

/// Replies above this size are framed and parsed on tokio's blocking pool: a few milliseconds
/// of parsing on an async worker would hold up every other request scheduled on it.
const OFF_WORKER_BYTES: usize = 256 * 1024;

/// A data method's answer: its parsed payload, or the failure code Rescue sent instead.
pub(crate) enum Data<T> {
    /// `OK`, payload parsed.
    Parsed(T),
    /// Any other result code, upper-cased.
    Failure(String),
}

/// The HTTP side of a [`crate::Client`]: where calls go, how long they may take, how much of a
/// reply is read.
#[derive(Debug, Clone)]
pub(crate) struct Transport {
    /// The shared connection pool (no cookie store, no redirects).
    pub(crate) http: reqwest::Client,
    /// The API base URL, ending with `/`.
    pub(crate) base: url::Url,
    /// Per-call timeout.
    pub(crate) timeout: std::time::Duration,
    /// Replies longer than this are not read.
    pub(crate) max_reply_bytes: usize,
}

impl Transport {
    /// POSTs one method and frames its reply. Also returns the cookies the reply set (only
    /// `login` needs them).
    pub(crate) async fn call(
        &self,
        method: &'static str,
        credentials: Option<&Credentials>,
        params: &[(&str, &str)],
    ) -> Result<(Reply, Option<LoginCookie>)> {
        let started = Instant::now();
        let answer = self
            .fetch(method, credentials, params)
            .await
            .and_then(|(body, cookies)| Ok((Reply::from_bytes(body)?, cookies)));
        let outcome = match &answer {
            Ok((reply, _)) => observe::outcome_of_code(&reply.code),
            Err(err) => observe::outcome_of_error(err),
        };
        observe::call(method, outcome, started.elapsed());
        answer
    }

    /// POSTs `method` without credentials and frames the reply, uncounted (see
    /// [`crate::Client::probe`]).
    pub(crate) async fn probe(&self, method: &'static str) -> Result<()> {
        let (body, _) = self.fetch(method, None, &[]).await?;
        Reply::from_bytes(body).map(|_| ())
    }

    /// POSTs a data method and parses its payload with `parse` when the code is `OK`, off the
    /// async workers when the reply is big. The parse runs to its end even if the caller goes
    /// away; it is bounded by the read cap.
    pub(crate) async fn call_data<T: Send + 'static>(
        &self,
        method: &'static str,
        credentials: &Credentials,
        params: &[(&str, &str)],
        parse: fn(&str) -> Result<T>,
    ) -> Result<Data<T>> {
        let started = Instant::now();
        let answer = self.fetch_data(method, credentials, params, parse).await;
        let outcome = match &answer {
            Ok(Data::Parsed(_)) => "OK",
            Ok(Data::Failure(code)) => observe::outcome_of_code(code),
            Err(err) => observe::outcome_of_error(err),
        };
        observe::call(method, outcome, started.elapsed());
        answer
    }

    /// [`Transport::call_data`] before it is counted.
    async fn fetch_data<T: Send + 'static>(
        &self,
        method: &'static str,
        credentials: &Credentials,
        params: &[(&str, &str)],
        parse: fn(&str) -> Result<T>,
    ) -> Result<Data<T>> {
        let (body, _) = self.fetch(method, Some(credentials), params).await?;
        let big = body.len() > OFF_WORKER_BYTES;
        let work = move || {
            let reply = Reply::from_bytes(body)?;
            if reply.is_ok() {
                parse(reply.payload()).map(Data::Parsed)
            } else {
                Ok(Data::Failure(reply.code))
            }
        };
        if !big {
            return work();
        }
        tokio::task::spawn_blocking(work).await.map_err(|err| {
            // Only a panic in a parser gets here; it is a bug, logged, and the reply unusable.
            tracing::error!(rescue.method = method, error = %err, "reply parser stopped");
            Error::MalformedReply("the reply could not be parsed".into())
        })?
    }

    /// The request itself: credentials attached, status checked, the body read with the cap.
    async fn fetch(
        &self,
        method: &'static str,
        credentials: Option<&Credentials>,
        params: &[(&str, &str)],
    ) -> Result<(Vec<u8>, Option<LoginCookie>)> {
        let url = self
            .base
            .join(&format!("{method}.aspx"))
            .map_err(|e| Error::InvalidBaseUrl(e.to_string()))?;
        let mut form: Vec<(&str, &str)> = params.to_vec();
        let mut request = self.http.post(url).timeout(self.timeout);
        match credentials {
            Some(Credentials::Cookie(cookie)) => {
                let mut value =
                    HeaderValue::from_str(cookie.expose_header_value()).map_err(|_| {
                        Error::Transport("stored login cookie is not a valid header".into())
                    })?;
                // Keeps the cookie out of any header dump (reqwest, hyper and tower honour it).
                value.set_sensitive(true);
                request = request.header(COOKIE, value);
            }
            Some(Credentials::AuthCode(code)) => form.push(("authcode", code.expose())),
            None => {}
        }
        self.send_checked(method, request.form(&form)).await
    }

    /// Sends a request and reads its answer: statuses checked, the body read with the cap,
    /// the login cookies it set.
    async fn send_checked(
        &self,
        method: &'static str,
        request: reqwest::RequestBuilder,
    ) -> Result<(Vec<u8>, Option<LoginCookie>)> {
        let started = Instant::now();
        let response = request.send().await.map_err(Error::from_reqwest)?;
        let status = response.status();
        tracing::debug!(
            rescue.method = method,
            http.status = status.as_u16(),
            elapsed_ms = started.elapsed().as_millis() as u64,
            "rescue call"
        );
        if status == reqwest::StatusCode::TOO_MANY_REQUESTS {
            return Err(Error::RateLimited);
        }
        if status.is_redirection() {
            return Err(Error::Redirected(status.as_u16()));
        }
        if status != reqwest::StatusCode::OK {
            return Err(Error::HttpStatus(status.as_u16()));
        }
        let cookies = LoginCookie::from_set_cookie(
            response
                .headers()
                .get_all(SET_COOKIE)
                .iter()
                .filter_map(|v| v.to_str().ok()),
        );
        let body = self.read_capped(response).await?;
        Ok((body, cookies))
    }

    /// POSTs SOAP 1.1 operation `operation` of `API.asmx` with `envelope`; the reply's body.
    /// Counted like the pages, under the operation's name.
    pub(crate) async fn soap(&self, operation: &'static str, envelope: String) -> Result<Vec<u8>> {
        let started = Instant::now();
        let answer = async {
            let url = self
                .base
                .join("API.asmx")
                .map_err(|e| Error::InvalidBaseUrl(e.to_string()))?;
            let action = format!("\"{}/{operation}\"", crate::account::NAMESPACE);
            let request = self
                .http
                .post(url)
                .timeout(self.timeout)
                .header(reqwest::header::CONTENT_TYPE, "text/xml; charset=utf-8")
                .header("SOAPAction", action)
                .body(envelope);
            self.send_checked(operation, request)
                .await
                .map(|(body, _)| body)
        }
        .await;
        let outcome = match &answer {
            Ok(_) => "OK",
            Err(err) => observe::outcome_of_error(err),
        };
        observe::call(operation, outcome, started.elapsed());
        answer
    }

    /// The reply's body, read chunk by chunk and given up past the cap: a flood is never
    /// held whole, whatever its `Content-Length` claims (or lacks). The buffer grows by
    /// doubling but never beyond the cap, so a reply near the cap costs the cap, not twice it.
    async fn read_capped(&self, mut response: reqwest::Response) -> Result<Vec<u8>> {
        let cap = self.max_reply_bytes;
        let too_large = || Error::ReplyTooLarge(cap);
        let announced = response.content_length().unwrap_or(0);
        if announced > cap as u64 {
            return Err(too_large());
        }
        let mut body = Vec::with_capacity(usize::try_from(announced).unwrap_or(0));
        while let Some(chunk) = response.chunk().await.map_err(Error::from_reqwest)? {
            let needed = body.len() + chunk.len();
            if needed > cap {
                return Err(too_large());
            }
            if needed > body.capacity() {
                let target = needed.max(body.capacity() * 2).min(cap);
                body.reserve_exact(target - body.len());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }
}
