//! The web interface: small Yew components over one reducer
//! ([`crate::session::Session`]). Only compiled for wasm32.

mod app;
pub mod components;
mod hooks;
mod state;

pub use app::App;
pub use hooks::use_strings;
