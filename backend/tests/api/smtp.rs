//! A real SMTP server process (`scripts/smtp-sink.py`, on aiosmtpd) that keeps what it
//! receives as files.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct SmtpSink {
    pub port: u16,
    folder: PathBuf,
    process: Child,
}

impl SmtpSink {
    pub fn start() -> SmtpSink {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let folder =
            std::env::temp_dir().join(format!("ishenim-mail-{}", uuid::Uuid::new_v4().simple()));
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../scripts/smtp-sink.py");
        let mut process = Command::new("python3")
            .arg(script)
            .arg("--port")
            .arg(port.to_string())
            .arg("--dir")
            .arg(&folder)
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 runs the SMTP sink (pip install aiosmtpd)");
        let mut line = String::new();
        BufReader::new(process.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(
            line.trim(),
            "ready",
            "the SMTP sink did not start: is aiosmtpd installed?"
        );
        SmtpSink {
            port,
            folder,
            process,
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// The server's mail settings for this sink.
    pub fn settings(&self) -> ishenim::configuration::SmtpSettings {
        ishenim::configuration::SmtpSettings {
            url: secrecy::SecretString::from(self.url()),
            from: "Ishenim <box@school.example>".to_owned(),
        }
    }

    /// The mails received so far.
    pub fn mails(&self) -> Vec<String> {
        let mut mails: Vec<String> = std::fs::read_dir(&self.folder)
            .map(|entries| {
                entries
                    .filter_map(|entry| entry.ok())
                    .filter(|entry| entry.path().extension().is_some_and(|e| e == "eml"))
                    .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
                    .collect()
            })
            .unwrap_or_default();
        mails.sort();
        mails
    }

    /// The mails to `address` (a part of the first line), once at least one has arrived (or
    /// ten seconds have passed): other mails may arrive in the background in any order.
    pub async fn wait_for_mail_to(&self, address: &str) -> Vec<String> {
        let to = |mails: Vec<String>| -> Vec<String> {
            mails
                .into_iter()
                .filter(|mail| {
                    mail.lines()
                        .next()
                        .is_some_and(|line| line.contains(address))
                })
                .collect()
        };
        let started = Instant::now();
        while to(self.mails()).is_empty() && started.elapsed() < Duration::from_secs(10) {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        to(self.mails())
    }

    /// Waits until `count` mails have arrived (or ten seconds have passed).
    pub async fn wait_for(&self, count: usize) -> Vec<String> {
        let started = Instant::now();
        while self.mails().len() < count && started.elapsed() < Duration::from_secs(10) {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        self.mails()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}
