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
