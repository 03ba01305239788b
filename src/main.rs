//! The web app's entry point: mounts the interface. Built by Trunk for
//! wasm32; natively it only says how to run the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    evidence_checklist::ui::crash::install();
    yew::Renderer::<evidence_checklist::ui::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the web app's entry point: serve it with `./x serve`.");
    eprintln!("The command line tool is `cargo run --release --bin checklist -- --help`.");
}
/// talc instead of Rust's default dlmalloc: 2.2 KB gzip smaller in the
/// built app (see README, "Measured").
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the app runs on the browser's main thread only (no wasm threads),
// which is what `new_global` asks.
static ALLOC: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
