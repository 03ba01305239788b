//! The web interface: small Yew components over one reducer
//! ([`crate::session::Session`]). Only compiled for wasm32.

mod app;
pub mod browser;
pub mod components;
pub mod crash;
mod hooks;
mod notice;
mod state;

pub use app::{App, STATE_KEY, TEXT_KEY};
pub use hooks::use_strings;
