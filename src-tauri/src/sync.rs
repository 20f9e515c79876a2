//! Device sync in the shell: the name this computer goes by on the other devices.

/// This computer's name (its host name), which the other devices show as where a change came
/// from; "This computer" when the system does not say.
pub fn this_computer_name() -> String {
    ["/etc/hostname", "/proc/sys/kernel/hostname"]
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .map(|name| name.trim().to_owned())
        .find(|name| !name.is_empty())
        .unwrap_or_else(|| "This computer".to_owned())
}
