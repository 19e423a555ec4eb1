//! A bound on the connections one client address holds open at once. A flood of slow
//! connections from one address would otherwise take every file descriptor the server has and
//! leave no room for anyone's drop; beyond the bound a new connection from that address is
//! shut at once, before a byte of it is read, and other addresses are not touched.
//!
//! Addresses are held only in memory while their connections are open, and never logged:
//! refusals are counted and the count logged once an hour with the public request counts
//! (a line per refusal would stamp the moment someone tried to write).

use std::collections::HashMap;
use std::net::{IpAddr, Shutdown};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use actix_web::dev::Extensions;
use actix_web::rt::net::TcpStream;

/// The open connections of each client address, and how many were refused.
pub struct ConnectionLimit {
    per_address: usize,
    open: Mutex<HashMap<IpAddr, usize>>,
    refused_total: AtomicU64,
    refused_since_line: AtomicU64,
}

/// An admitted connection's place; it is given back when the connection closes.
pub struct ConnectionPlace {
    limit: Arc<ConnectionLimit>,
    address: IpAddr,
}

impl Drop for ConnectionPlace {
    fn drop(&mut self) {
        let mut open = self.limit.open();
        if let Some(count) = open.get_mut(&self.address) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                open.remove(&self.address);
            }
        }
    }
}

impl ConnectionLimit {
    /// At most `per_address` connections from one address at once; 0 means no bound.
    pub fn new(per_address: usize) -> ConnectionLimit {
        ConnectionLimit {
            per_address,
            open: Mutex::new(HashMap::new()),
            refused_total: AtomicU64::new(0),
            refused_since_line: AtomicU64::new(0),
        }
    }

    fn open(&self) -> std::sync::MutexGuard<'_, HashMap<IpAddr, usize>> {
        self.open
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// A place for one more connection from `address`, or `None` (counted) when the address
    /// already holds its share.
    pub fn admit(self: &Arc<Self>, address: IpAddr) -> Option<ConnectionPlace> {
        let address = client_of(address);
        let mut open = self.open();
        let count = open.entry(address).or_default();
        if self.per_address > 0 && *count >= self.per_address {
            drop(open);
            self.refused_total.fetch_add(1, Ordering::Relaxed);
            self.refused_since_line.fetch_add(1, Ordering::Relaxed);
            return None;
        }
        *count += 1;
        Some(ConnectionPlace {
            limit: self.clone(),
            address,
        })
    }

    /// Connections open now, from every address.
    pub fn open_connections(&self) -> usize {
        self.open().values().sum()
    }

    /// Connections refused since the server started.
    pub fn refused(&self) -> u64 {
        self.refused_total.load(Ordering::Relaxed)
    }

    /// Logs how many connections were refused since the last call, if any.
    pub fn log_refusals(&self) {
        let count = self.refused_since_line.swap(0, Ordering::Relaxed);
        if count > 0 {
            tracing::warn!(
                count,
                per_address = self.per_address,
                "connections refused in the last hour: too many open from one address"
            );
        }
    }

    /// The server's `on_connect` hook: admits the new connection, keeping its place in the
    /// connection's extensions (dropped when it closes), or shuts it down at once.
    pub fn on_connect(self: &Arc<Self>, connection: &dyn std::any::Any, data: &mut Extensions) {
        let Some(stream) = connection.downcast_ref::<TcpStream>() else {
            return;
        };
        let Ok(peer) = stream.peer_addr() else {
            return;
        };
        match self.admit(peer.ip()) {
            Some(place) => {
                data.insert(place);
            }
            // The server reads end-of-stream at once and drops the connection.
            None => {
                let _ = socket2::SockRef::from(stream).shutdown(Shutdown::Both);
            }
        }
    }
}

/// The client an address stands for: the address itself, except that an IPv6 address counts
/// with its /64 network (one subscriber usually holds a whole /64).
fn client_of(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(_) => address,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut segments = v6.segments();
                segments[4..].fill(0);
                IpAddr::V6(segments.into())
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn an_address_beyond_its_share_is_refused_and_others_are_not() {
        let limit = Arc::new(ConnectionLimit::new(2));
        let first = limit.admit(ip("10.0.0.1"));
        let second = limit.admit(ip("10.0.0.1"));
        assert!(first.is_some() && second.is_some());
        assert!(limit.admit(ip("10.0.0.1")).is_none());
        assert!(limit.admit(ip("10.0.0.2")).is_some());
        assert_eq!(limit.refused(), 1);
        drop(first);
        assert!(limit.admit(ip("10.0.0.1")).is_some());
    }

    #[test]
    fn an_ipv6_network_counts_as_one_client() {
        let limit = Arc::new(ConnectionLimit::new(1));
        let _held = limit.admit(ip("2001:db8:1:2::1"));
        assert!(limit.admit(ip("2001:db8:1:2:ffff::9")).is_none());
        assert!(limit.admit(ip("2001:db8:1:3::1")).is_some());
    }

    #[test]
    fn no_bound_when_zero() {
        let limit = Arc::new(ConnectionLimit::new(0));
        let held: Vec<_> = (0..100).map(|_| limit.admit(ip("10.0.0.1"))).collect();
        assert!(held.iter().all(Option::is_some));
        assert_eq!(limit.refused(), 0);
    }

    #[test]
    fn the_addresses_are_forgotten_when_their_connections_close() {
        let limit = Arc::new(ConnectionLimit::new(3));
        let held = limit.admit(ip("10.0.0.1"));
        drop(held);
        assert!(limit.open().is_empty());
    }
}
