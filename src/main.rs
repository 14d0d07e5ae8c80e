use scrc_site::app::App;

fn main() {
    console_error_panic_hook::set_once();
    #[cfg(target_arch = "wasm32")]
    scrc_site::takeover::after_page_painted(start);
    #[cfg(not(target_arch = "wasm32"))]
    start();
}

/// Mounts the app. A prerendered page is replaced by it before the next frame
/// (see src/takeover.rs); under `trunk serve` the page is empty.
fn start() {
    #[cfg(target_arch = "wasm32")]
    let prerendered = scrc_site::takeover::prepare();
    leptos::mount::mount_to_body(App);
    #[cfg(target_arch = "wasm32")]
    if let Some(page) = prerendered {
        leptos::task::spawn_local(page.replace_when_rendered());
    }
}
