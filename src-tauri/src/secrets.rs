//! Where the command line gets a passphrase or recovery key: an environment variable or a file
//! descriptor the user names, or the terminal (without echo). Never a plain argument, which
//! other users of the machine can read in the process list.

use std::io::IsTerminal;
use std::path::Path;
use twoway_journal::encryption::Secret;

/// The options that say where the current secret comes from.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct SecretSource {
    /// Read the journal's passphrase from the environment variable NAME.
    #[arg(long, value_name = "NAME", global = true)]
    pub passphrase_env: Option<String>,
    /// Read the journal's passphrase from the first line of file descriptor N.
    #[arg(
        long,
        value_name = "N",
        global = true,
        conflicts_with = "passphrase_env"
    )]
    pub passphrase_fd: Option<u32>,
    /// Unlock with the recovery key held in the environment variable NAME instead.
    #[arg(long, value_name = "NAME", global = true, conflicts_with_all = ["passphrase_env", "passphrase_fd"])]
    pub recovery_key_env: Option<String>,
}

/// The options that say where a new passphrase comes from.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct NewPassphraseSource {
    /// Read the new passphrase from the environment variable NAME.
    #[arg(long, value_name = "NAME")]
    pub new_passphrase_env: Option<String>,
    /// Read the new passphrase from the first line of file descriptor N.
    #[arg(long, value_name = "N", conflicts_with = "new_passphrase_env")]
    pub new_passphrase_fd: Option<u32>,
}

fn failed(context: &str, reason: impl Into<String>) -> twoway_journal::Error {
    twoway_journal::Error::Io {
        context: context.to_owned(),
        source: std::io::Error::other(reason.into()),
    }
}

fn from_env(name: &str) -> twoway_journal::Result<String> {
    std::env::var(name).map_err(|_| {
        failed(
            "no passphrase",
            format!("the environment variable {name} is not set"),
        )
    })
}

fn from_fd(fd: u32) -> twoway_journal::Result<String> {
    // Through the path the system gives every descriptor: no unsafe code to adopt it.
    let text = std::fs::read_to_string(format!("/dev/fd/{fd}")).map_err(|e| {
        failed(
            "no passphrase",
            format!("cannot read file descriptor {fd}: {e}"),
        )
    })?;
    Ok(text.lines().next().unwrap_or_default().to_owned())
}

fn from_terminal(prompt: &str) -> twoway_journal::Result<String> {
    if !std::io::stdin().is_terminal() {
        return Err(failed(
            "no passphrase",
            "give it with --passphrase-env NAME or --passphrase-fd N, or run this in a terminal \
             to be asked",
        ));
    }
    rpassword::prompt_password(prompt).map_err(|e| failed("no passphrase", e.to_string()))
}

impl SecretSource {
    /// The secret that unlocks the journal at `path`.
    pub fn secret(&self, path: &Path) -> twoway_journal::Result<Secret> {
        if let Some(name) = &self.recovery_key_env {
            return Ok(Secret::recovery_key(from_env(name)?));
        }
        let passphrase = match (&self.passphrase_env, self.passphrase_fd) {
            (Some(name), _) => from_env(name)?,
            (None, Some(fd)) => from_fd(fd)?,
            (None, None) => from_terminal(&format!("Passphrase for {}: ", path.display()))?,
        };
        Ok(Secret::passphrase(passphrase))
    }
}

impl NewPassphraseSource {
    /// The new passphrase; asked twice on the terminal, so a typo cannot lock the user out.
    pub fn passphrase(&self) -> twoway_journal::Result<String> {
        match (&self.new_passphrase_env, self.new_passphrase_fd) {
            (Some(name), _) => from_env(name),
            (None, Some(fd)) => from_fd(fd),
            (None, None) => {
                let first = from_terminal("New passphrase: ")?;
                let again = from_terminal("The same passphrase again: ")?;
                if first != again {
                    return Err(failed(
                        "no new passphrase",
                        "the two passphrases differ; nothing was changed",
                    ));
                }
                Ok(first)
            }
        }
    }
}
