//! `<ServerForm>`: a plain HTML form posting to a server function, taken over in the browser
//! once the page is hydrated: its fields go to the server function's action instead, and the
//! page stays where it is.
//!
//! Leptos' own `<ActionForm>` does the same, but reads the fields with a general query-string
//! deserializer that weighs about a twentieth of the gzip bundle (docs/benchmarks.md); the
//! dashboard's forms hold nothing but named text fields, which [`FormArgs`] reads directly.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// A server function's arguments, read from its form's text fields by name.
pub trait FormArgs: Sized {
    /// The arguments, or `None` when a required field is missing: the browser then posts the
    /// form as it is and the server answers it, as without JavaScript.
    fn from_fields(field: &dyn Fn(&str) -> Option<String>) -> Option<Self>;
}

/// Implements [`FormArgs`] for a server function's argument struct: the required fields
/// first (`String`), then after `;` the optional ones (`Option<String>`, `None` when the form
/// has no such field, as the server reads a form without it).
#[macro_export]
macro_rules! form_args {
    ($args:ty { $($required:ident),* $(; $($optional:ident),*)? }) => {
        impl $crate::shared::form::FormArgs for $args {
            // A server function without arguments (a sign-out) reads no field.
            #[allow(unused_variables)]
            fn from_fields(field: &dyn Fn(&str) -> Option<String>) -> Option<Self> {
                Some(Self {
                    $($required: field(stringify!($required))?,)*
                    $($($optional: field(stringify!($optional)),)*)?
                })
            }
        }
    };
}

/// A `<form method="post">` to the server function of `action`; in a hydrated page its submit
/// dispatches `action` with the fields instead of leaving the page.
#[component]
pub fn ServerForm<S>(
    /// The server function's action.
    action: ServerAction<S>,
    /// The form's fields and buttons.
    children: Children,
) -> impl IntoView
where
    S: ServerFn + FormArgs + Clone + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
    S::Error: Send + Sync + 'static,
{
    #[cfg(feature = "hydrate")]
    {
        // A server function that redirects (a sign-in, a sign-out) sends the browser there,
        // unless something set another hook first; the same default `<ActionForm>` sets.
        let _ = leptos::server_fn::redirect::set_redirect_hook(|location: &str| {
            if let Some(window) = leptos::web_sys::window() {
                let _ = window.location().set_href(location);
            }
        });
    }
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        {
            use leptos::wasm_bindgen::JsCast;
            if ev.default_prevented() {
                return;
            }
            let Some(form) = ev
                .target()
                .and_then(|t| t.dyn_into::<leptos::web_sys::HtmlFormElement>().ok())
            else {
                return;
            };
            let Ok(data) = leptos::web_sys::FormData::new_with_form(&form) else {
                return;
            };
            if let Some(args) = S::from_fields(&|name| data.get(name).as_string()) {
                ev.prevent_default();
                action.dispatch(args);
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (ev, action);
    };
    view! {
        <form action=S::url() method="post" on:submit=on_submit>
            {children()}
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::FormArgs;

    #[derive(Debug, PartialEq)]
    struct Args {
        email: String,
        next: Option<String>,
    }
    crate::form_args!(Args { email; next });

    fn read(fields: &[(&str, &str)]) -> Option<Args> {
        Args::from_fields(&|name| {
            fields
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        })
    }

    #[test]
    fn fields_are_read_by_name_and_an_absent_optional_one_is_none() {
        let full = read(&[("next", "/history"), ("email", "a@b.example")]);
        assert_eq!(
            full,
            Some(Args {
                email: "a@b.example".into(),
                next: Some("/history".into())
            })
        );
        let bare = read(&[("email", "")]).map(|args| args.next);
        assert_eq!(bare, Some(None));
    }

    #[test]
    fn a_missing_required_field_leaves_the_form_to_the_browser() {
        assert_eq!(read(&[("next", "/sessions")]), None);
    }
}
