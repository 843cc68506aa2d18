//! Flood protection for the public form, without collecting personal data: each client may
//! send at most [`Flood::limit`] complete responses (and saved drafts) a minute, counted per
//! process in memory under a keyed hash of its address. The key is random for each process, so
//! the hashes mean nothing outside it, and a client's count is forgotten a minute after its
//! first request of the window; nothing about a client is ever written down.
//!
//! A client is the connection's address; when that is a proxy on this machine or the private
//! network (loopback or a private range), the last address of `X-Forwarded-For`, which that
//! proxy added, is used instead (`docs/deploy.md`). A person filling the form by hand sends one
//! response in minutes; a household or a drop-in session sharing one address stays far below
//! the limit.

use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::ConnectInfo;
use axum::http::HeaderMap;

/// The window the limit counts over.
const WINDOW: Duration = Duration::from_secs(60);
/// Clients remembered at most; beyond it, finished windows are dropped, then everything.
const CAPACITY: usize = 100_000;
/// Responses (and drafts) one client may send in a window, unless set otherwise.
pub const DEFAULT_LIMIT: u32 = 30;

/// The per-client counts of one process.
pub struct Flood {
    limit: u32,
    keys: RandomState,
    seen: Mutex<HashMap<u64, (Instant, u32)>>,
}

impl Default for Flood {
    fn default() -> Self {
        Self::with_limit(DEFAULT_LIMIT)
    }
}

impl Flood {
    /// Counts with a limit of `limit` a minute (0: no limit, for benchmarks behind no proxy).
    pub fn with_limit(limit: u32) -> Self {
        Self {
            limit,
            keys: RandomState::new(),
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// Counts one more response from `client` and says whether it is within the limit.
    pub fn allow(&self, client: Option<IpAddr>) -> bool {
        if self.limit == 0 {
            return true;
        }
        let key = self.keys.hash_one(client);
        let now = Instant::now();
        let Ok(mut seen) = self.seen.lock() else {
            return true;
        };
        if seen.len() >= CAPACITY {
            seen.retain(|_, (start, _)| now.duration_since(*start) < WINDOW);
            if seen.len() >= CAPACITY {
                seen.clear();
            }
        }
        let entry = seen.entry(key).or_insert((now, 0));
        if now.duration_since(entry.0) >= WINDOW {
            *entry = (now, 0);
        }
        entry.1 = entry.1.saturating_add(1);
        entry.1 <= self.limit
    }
}

/// The client's address: the connection's, or the last `X-Forwarded-For` hop when the
/// connection comes from a proxy on this machine or the private network.
pub fn client(connection: Option<&ConnectInfo<SocketAddr>>, headers: &HeaderMap) -> Option<IpAddr> {
    let peer = connection.map(|c| c.0.ip());
    let behind_proxy = peer.is_none_or(|ip| match ip {
        IpAddr::V4(v4) => v4.is_loopback() || v4.is_private(),
        IpAddr::V6(v6) => v6.is_loopback() || (v6.segments()[0] & 0xfe00) == 0xfc00,
    });
    let forwarded = || {
        headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|a| a.trim().parse::<IpAddr>().ok())
            .next_back()
    };
    if behind_proxy {
        forwarded().or(peer)
    } else {
        peer
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_over_the_limit_is_refused_and_others_are_not() {
        let flood = Flood::with_limit(3);
        let a: IpAddr = "203.0.113.7".parse().expect("address");
        let b: IpAddr = "203.0.113.8".parse().expect("address");
        assert_eq!(
            (0..4).map(|_| flood.allow(Some(a))).collect::<Vec<_>>(),
            [true, true, true, false]
        );
        assert!(flood.allow(Some(b)), "another client has its own count");
        assert!(Flood::with_limit(0).allow(Some(a)), "0 means no limit");
    }

    #[test]
    fn behind_a_local_proxy_the_forwarded_address_is_the_client() {
        let mut headers = HeaderMap::new();
        headers.insert(
            "x-forwarded-for",
            "198.51.100.1, 203.0.113.9".parse().expect("header"),
        );
        let local = ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 5000)));
        let outside = ConnectInfo(SocketAddr::from(([198, 51, 100, 20], 5000)));
        assert_eq!(
            client(Some(&local), &headers),
            Some("203.0.113.9".parse().expect("address")),
            "the hop the proxy added"
        );
        assert_eq!(
            client(Some(&outside), &headers),
            Some("198.51.100.20".parse().expect("address")),
            "a client on the internet cannot choose its own address"
        );
    }
}
