//! The answer encoding of the sessions list's server function: JSON, read from text.
//!
//! Why not Leptos's own `Json`: the list reaches the browser two ways, as the live island's
//! props, which Leptos reads with `serde_json::from_str`, and as refresh answers, which `Json`
//! reads with `serde_json::from_slice`. Each reader instantiates every deserializer of the
//! list's types again; reading both from text keeps one copy of them in the hydrate bundle.

use leptos::server_fn::codec::Post;
use leptos::server_fn::{Bytes, ContentType, Decodes, Encodes, Format, FormatType};
use serde::{de::DeserializeOwned, Serialize};

/// JSON, decoded with the reader islands decode their props with.
pub struct JsonTextEncoding;

impl ContentType for JsonTextEncoding {
    const CONTENT_TYPE: &'static str = "application/json";
}

impl FormatType for JsonTextEncoding {
    const FORMAT_TYPE: Format = Format::Text;
}

impl<T: Serialize> Encodes<T> for JsonTextEncoding {
    type Error = serde_json::Error;

    fn encode(output: &T) -> Result<Bytes, Self::Error> {
        serde_json::to_vec(output).map(Bytes::from)
    }
}

impl<T: DeserializeOwned> Decodes<T> for JsonTextEncoding {
    type Error = serde_json::Error;

    fn decode(bytes: Bytes) -> Result<T, Self::Error> {
        let text = std::str::from_utf8(&bytes).map_err(serde::de::Error::custom)?;
        serde_json::from_str(text)
    }
}

/// A server function's answer as [`JsonTextEncoding`] (its arguments come as usual).
pub type JsonText = Post<JsonTextEncoding>;
