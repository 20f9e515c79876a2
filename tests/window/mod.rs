//! The app's window as the X server sees it, for the end-to-end tests that run without a window
//! manager: find it, ask it to close as a window manager would, press keys on it as a person
//! does. Shared by `tests/e2e.rs` and
//! `tests/reminders.rs` (x11rb is a test-only dependency, so this cannot live in `support`).

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{
    AtomEnum, ClientMessageEvent, ConnectionExt as _, EventMask, MapState, Window,
};
use x11rb::rust_connection::RustConnection;

fn atom(conn: &RustConnection, name: &str) -> u32 {
    conn.intern_atom(false, name.as_bytes())
        .expect("the X display")
        .reply()
        .expect("an X atom")
        .atom
}

/// The top-level window of process `pid` that is shown on the screen, if there is one.
fn shown_window(conn: &RustConnection, screen: usize, pid: u32) -> Option<Window> {
    let net_wm_pid = atom(conn, "_NET_WM_PID");
    let root = conn.setup().roots[screen].root;
    let toplevels = conn
        .query_tree(root)
        .expect("the X display")
        .reply()
        .expect("the top-level windows")
        .children;
    toplevels.into_iter().find(|&window| {
        let owner = conn
            .get_property(false, window, net_wm_pid, AtomEnum::CARDINAL, 0, 1)
            .ok()
            .and_then(|cookie| cookie.reply().ok())
            .and_then(|reply| reply.value32()?.next());
        let shown = conn
            .get_window_attributes(window)
            .ok()
            .and_then(|cookie| cookie.reply().ok())
            .is_some_and(|attributes| attributes.map_state == MapState::VIEWABLE);
        owner == Some(pid) && shown
    })
}

/// Whether process `pid` has a window shown on the screen.
#[allow(dead_code)] // Not every test file that includes this module asks.
pub fn has_shown_window(pid: u32) -> bool {
    let (conn, screen) = x11rb::connect(None).expect("the X display");
    shown_window(&conn, screen, pid).is_some()
}

/// Asks the app's window to close as a window manager does when its close button is clicked
/// (ICCCM's WM_DELETE_WINDOW client message). WebDriver's "close window" destroys the window
/// without asking, so it cannot show whether a close saves first.
#[allow(dead_code)] // Not every test file that includes this module asks.
pub fn send_close_request(pid: u32) {
    let (conn, screen) = x11rb::connect(None).expect("the X display");
    let (protocols, delete) = (atom(&conn, "WM_PROTOCOLS"), atom(&conn, "WM_DELETE_WINDOW"));
    let window = shown_window(&conn, screen, pid).expect("the app's window");
    let event = ClientMessageEvent::new(
        32,
        window,
        protocols,
        [delete, x11rb::CURRENT_TIME, 0, 0, 0],
    );
    conn.send_event(false, window, EventMask::NO_EVENT, event)
        .expect("the close request");
    conn.flush().expect("the close request sent");
}

/// The app's shown window's place and size on the screen: `(x, y, width, height)`.
#[allow(dead_code)] // Only `tests/window_state.rs` asks.
pub fn geometry(pid: u32) -> (i32, i32, u32, u32) {
    let (conn, screen) = x11rb::connect(None).expect("the X display");
    let window = shown_window(&conn, screen, pid).expect("the app's window");
    let root = conn.setup().roots[screen].root;
    let size = conn
        .get_geometry(window)
        .expect("the X display")
        .reply()
        .expect("the window's geometry");
    let place = conn
        .translate_coordinates(window, root, 0, 0)
        .expect("the X display")
        .reply()
        .expect("the window's place");
    (
        i32::from(place.dst_x),
        i32::from(place.dst_y),
        u32::from(size.width),
        u32::from(size.height),
    )
}

/// The screen's size: `(width, height)`.
#[allow(dead_code)] // Only `tests/window_state.rs` asks.
pub fn screen_size() -> (u32, u32) {
    let (conn, screen) = x11rb::connect(None).expect("the X display");
    let root = &conn.setup().roots[screen];
    (
        u32::from(root.width_in_pixels),
        u32::from(root.height_in_pixels),
    )
}

/// Moves and resizes the app's window as a user dragging it would (without a window manager,
/// the X server applies the request itself and the app is told).
#[allow(dead_code)] // Only `tests/window_state.rs` asks.
pub fn move_and_resize(pid: u32, x: i32, y: i32, width: u32, height: u32) {
    use x11rb::protocol::xproto::ConfigureWindowAux;
    let (conn, screen) = x11rb::connect(None).expect("the X display");
    let window = shown_window(&conn, screen, pid).expect("the app's window");
    let changes = ConfigureWindowAux::new()
        .x(x)
        .y(y)
        .width(width)
        .height(height);
    conn.configure_window(window, &changes)
        .expect("the X display");
    conn.flush().expect("the window moved");
}

/// X key symbols the tests press (`X11/keysymdef.h`); a letter or a digit is its ASCII code.
#[allow(dead_code)] // Only `tests/menu.rs` presses keys.
pub mod keysym {
    pub const CONTROL: u32 = 0xffe3;
    pub const SHIFT: u32 = 0xffe1;
    pub const ALT: u32 = 0xffe9;
    pub const ESCAPE: u32 = 0xff1b;
    pub const COMMA: u32 = 0x2c;
}

/// Presses `keys` together on the app's window through the X server's test extension, as a
/// keyboard does (modifiers first, the key last), then lets them go. The keys go through GTK
/// like a person's: the menu bar's accelerators see them before the page does, which
/// WebDriver's keys, sent to the page, never show.
#[allow(dead_code)] // Only `tests/menu.rs` presses keys.
pub fn press(pid: u32, keys: &[u32]) {
    use x11rb::protocol::xproto::InputFocus;
    use x11rb::protocol::xtest::ConnectionExt as _;
    use x11rb::wrapper::ConnectionExt as _;
    let (conn, screen) = x11rb::connect(None).expect("the X display");
    let window = shown_window(&conn, screen, pid).expect("the app's window");
    conn.set_input_focus(InputFocus::PARENT, window, x11rb::CURRENT_TIME)
        .expect("the X display");
    let (first, last) = (conn.setup().min_keycode, conn.setup().max_keycode);
    let mapping = conn
        .get_keyboard_mapping(first, last - first + 1)
        .expect("the X display")
        .reply()
        .expect("the keyboard's mapping");
    let per_code = usize::from(mapping.keysyms_per_keycode);
    let code = |keysym: u32| -> u8 {
        let index = mapping
            .keysyms
            .chunks(per_code)
            .position(|syms| syms.contains(&keysym))
            .unwrap_or_else(|| panic!("no key gives the symbol {keysym:#x}"));
        first + u8::try_from(index).expect("a key code")
    };
    let root = conn.setup().roots[screen].root;
    let fake = |kind: u8, keysym: u32| {
        conn.xtest_fake_input(kind, code(keysym), x11rb::CURRENT_TIME, root, 0, 0, 0)
            .expect("the X test extension");
    };
    for &key in keys {
        fake(x11rb::protocol::xproto::KEY_PRESS_EVENT, key);
    }
    for &key in keys.iter().rev() {
        fake(x11rb::protocol::xproto::KEY_RELEASE_EVENT, key);
    }
    conn.sync().expect("the keys pressed");
}
