//! Where a webhook may go: a public address, or a private network the operator named
//! (`webhook_private_networks`). A district's integration must never become a way into the
//! school's own network: loopback in any spelling (`127.1`, `2130706433`, `0x7f.0.0.1`,
//! `[::1]`, `[::ffff:127.0.0.1]`, `localhost`), private, link-local (`169.254.169.254`),
//! carrier-grade NAT, multicast and unspecified addresses are refused, at subscription and
//! again at every delivery (names are resolved each time; a name that now points inside is
//! refused), and the delivery connects to the address that was checked.

use std::net::{IpAddr, SocketAddr};

use ipnet::IpNet;
use reqwest::Url;

/// Why an address is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TargetRefusal {
    #[error("an http:// or https:// address with a host")]
    NotHttp,
    #[error("an address must not carry a user name or password")]
    Credentials,
    #[error("the name does not resolve")]
    Unresolvable,
    #[error("the address is inside a private network")]
    Private,
}

impl TargetRefusal {
    /// The field error code.
    pub fn code(self) -> &'static str {
        match self {
            TargetRefusal::NotHttp => "invalid_url",
            TargetRefusal::Credentials => "credentials_in_url",
            TargetRefusal::Unresolvable => "unresolvable",
            TargetRefusal::Private => "private_address",
        }
    }
}

/// The private networks an operator allows, parsed from the setting; unknown entries are
/// ignored (and so allow nothing).
pub fn allowed_networks(setting: &str) -> Vec<IpNet> {
    setting
        .split(',')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .filter_map(|entry| {
            entry
                .parse::<IpNet>()
                .ok()
                .or_else(|| entry.parse::<IpAddr>().ok().map(IpNet::from))
        })
        .collect()
}

/// Checks the form of an address: http(s), a host, no credentials.
pub fn parse(url: &str) -> Result<Url, TargetRefusal> {
    let parsed = Url::parse(url.trim()).map_err(|_| TargetRefusal::NotHttp)?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host().is_none() {
        return Err(TargetRefusal::NotHttp);
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(TargetRefusal::Credentials);
    }
    Ok(parsed)
}

/// Resolves the address's host and checks every address it resolves to; the answer is the
/// addresses a delivery may connect to.
pub async fn resolve(url: &Url, allowed: &[IpNet]) -> Result<Vec<SocketAddr>, TargetRefusal> {
    let port = url.port_or_known_default().ok_or(TargetRefusal::NotHttp)?;
    let host = url.host_str().ok_or(TargetRefusal::NotHttp)?;
    // The URL parser has already turned `2130706433` or `0x7f.1` into dotted form.
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let addresses: Vec<SocketAddr> = if let Ok(ip) = bare.parse::<IpAddr>() {
        vec![SocketAddr::new(ip, port)]
    } else {
        let name = bare.trim_end_matches('.').to_ascii_lowercase();
        if name == "localhost" || name.ends_with(".localhost") {
            vec![SocketAddr::new(IpAddr::from([127, 0, 0, 1]), port)]
        } else {
            tokio::net::lookup_host((name.as_str(), port))
                .await
                .map_err(|_| TargetRefusal::Unresolvable)?
                .collect()
        }
    };
    if addresses.is_empty() {
        return Err(TargetRefusal::Unresolvable);
    }
    if addresses
        .iter()
        .all(|address| may_reach(address.ip(), allowed))
    {
        Ok(addresses)
    } else {
        Err(TargetRefusal::Private)
    }
}

/// Whether a delivery may connect to this address.
pub fn may_reach(ip: IpAddr, allowed: &[IpNet]) -> bool {
    let ip = canonical(ip);
    is_public(ip) || allowed.iter().any(|network| network.contains(&ip))
}

/// An IPv4 address written as IPv6 (`::ffff:127.0.0.1`) is the IPv4 address.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
        v4 => v4,
    }
}

fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_multicast()
                || v4.is_broadcast()
                || v4.is_documentation()
                || a == 0
                || (a == 100 && (64..128).contains(&b))
                || (a == 198 && (b == 18 || b == 19))
                || a >= 240)
        }
        IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
                || v6.to_ipv4().is_some())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn refused(url: &str, allowed: &str) -> Option<TargetRefusal> {
        let parsed = match parse(url) {
            Ok(parsed) => parsed,
            Err(refusal) => return Some(refusal),
        };
        resolve(&parsed, &allowed_networks(allowed)).await.err()
    }

    #[tokio::test]
    async fn loopback_in_every_spelling_and_private_ranges_are_refused() {
        for url in [
            "http://127.0.0.1:9/",
            "http://127.1/",
            "http://2130706433/",
            "http://0x7f.0.0.1/",
            "http://017700000001/",
            "http://[::1]/",
            "http://[::ffff:127.0.0.1]/",
            "http://localhost:5432/",
            "http://db.localhost/",
            "http://169.254.169.254/latest/meta-data",
            "http://10.0.0.1/",
            "http://172.16.5.4/",
            "http://192.168.1.1/",
            "http://100.64.0.1/",
            "http://0.0.0.0/",
            "http://[fd00::1]/",
            "http://[fe80::1]/",
        ] {
            assert_eq!(
                refused(url, "").await,
                Some(TargetRefusal::Private),
                "{url}"
            );
        }
    }

    #[tokio::test]
    async fn credentials_and_other_schemes_are_refused() {
        assert_eq!(
            refused("https://user:pw@example.org/hook", "").await,
            Some(TargetRefusal::Credentials)
        );
        assert_eq!(
            refused("ftp://example.org/", "").await,
            Some(TargetRefusal::NotHttp)
        );
        assert_eq!(
            refused("file:///etc/passwd", "").await,
            Some(TargetRefusal::NotHttp)
        );
    }

    #[tokio::test]
    async fn a_network_the_operator_allows_is_reachable() {
        assert_eq!(refused("http://127.0.0.1:9/", "127.0.0.0/8").await, None);
        assert_eq!(refused("http://[::1]:9/", "::1/128").await, None);
        assert_eq!(
            refused("http://10.0.0.1/", "127.0.0.0/8").await,
            Some(TargetRefusal::Private)
        );
    }

    #[test]
    fn public_addresses_are_public() {
        assert!(may_reach("93.184.216.34".parse().unwrap(), &[]));
        assert!(may_reach("2606:4700::1111".parse().unwrap(), &[]));
    }
}
