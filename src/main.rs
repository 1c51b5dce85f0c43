//! The browser entry Trunk builds: it only mounts the app from the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    carefit::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("carefit-web runs in the browser: use `./dev serve` (see README). The staff CLI is `carefit`.");
    std::process::exit(2);
}
