//! Reading a new password without it ever appearing on the command line.

use std::io::BufRead;

use anyhow::bail;
use secrecy::SecretString;

use crate::auth::password::MIN_PASSWORD_LENGTH;

/// Reads a password from standard input (one line) or from a prompt, asked twice.
pub fn read_new_password(from_stdin: bool) -> anyhow::Result<SecretString> {
    let password = if from_stdin {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        line.trim_end_matches(['\r', '\n']).to_owned()
    } else {
        let first = rpassword::prompt_password("New password: ")?;
        let second = rpassword::prompt_password("Repeat it: ")?;
        if first != second {
            bail!("the two passwords differ");
        }
        first
    };
    if password.chars().count() < MIN_PASSWORD_LENGTH {
        bail!("a password needs at least {MIN_PASSWORD_LENGTH} characters");
    }
    Ok(SecretString::from(password))
}
