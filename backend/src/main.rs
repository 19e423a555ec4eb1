use clap::Parser;
use ishenim::cli::{self, Cli};

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    cli::run(cli).await
}
