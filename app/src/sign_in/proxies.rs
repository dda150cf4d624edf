//! Which address a request came from, behind reverse proxies the operator trusts
//! (`TRUSTED_PROXIES`).
//!
//! Why only then: `X-Forwarded-For` is written by whoever sends the request. Read without a
//! trusted proxy in front, it lets a guesser pick a fresh address for every attempt. Ignored
//! behind a proxy, every user shares the proxy's address, and one guesser locks out everyone.

use std::net::{IpAddr, SocketAddr};

use ipnet::IpNet;

/// The proxies whose `X-Forwarded-For` entries are believed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Parses a comma-separated list of CIDRs or single addresses (`10.0.0.0/8, ::1`).
    pub fn parse(text: &str) -> Result<Self, String> {
        text.split(',')
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
            .map(|entry| {
                entry
                    .parse::<IpNet>()
                    .or_else(|_| entry.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| {
                        format!("TRUSTED_PROXIES entry `{entry}` is not an address or a CIDR")
                    })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(TrustedProxies)
    }

    fn trusts(&self, address: IpAddr) -> bool {
        let address = match address {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
            v4 => v4,
        };
        self.0.iter().any(|net| net.contains(&address))
    }

    /// The client of a request from `peer` carrying these `X-Forwarded-For` header values:
    /// `peer` itself unless it is trusted; otherwise the right-most entry that is not a trusted
    /// proxy. An entry that is not an address ends the walk at the hop that reported it.
    pub fn client<'a>(
        &self,
        peer: IpAddr,
        forwarded_for: impl IntoIterator<Item = &'a str>,
    ) -> IpAddr {
        if !self.trusts(peer) {
            return peer;
        }
        let entries: Vec<&str> = forwarded_for
            .into_iter()
            .flat_map(|value| value.split(','))
            .map(str::trim)
            .collect();
        let mut client = peer;
        for entry in entries.iter().rev() {
            let Some(address) = parse_entry(entry) else {
                return client;
            };
            client = address;
            if !self.trusts(address) {
                return address;
            }
        }
        client
    }
}

/// An `X-Forwarded-For` entry: an address, possibly with a port (`192.0.2.1:4711`,
/// `[2001:db8::1]:4711`), as some proxies write it.
fn parse_entry(entry: &str) -> Option<IpAddr> {
    entry
        .parse::<IpAddr>()
        .ok()
        .or_else(|| entry.parse::<SocketAddr>().ok().map(|s| s.ip()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn forwarded_for_is_read_only_behind_a_trusted_proxy() {
        let none = TrustedProxies::default();
        assert_eq!(
            none.client(ip("203.0.113.5"), ["198.51.100.1"]),
            ip("203.0.113.5")
        );

        let proxies = TrustedProxies::parse("10.0.0.0/8, ::1").unwrap();
        // Straight from the internet: the header is the sender's own invention.
        assert_eq!(
            proxies.client(ip("203.0.113.5"), ["198.51.100.1"]),
            ip("203.0.113.5")
        );
        // Through the proxy: the right-most untrusted entry, whatever the client prepended.
        assert_eq!(
            proxies.client(ip("10.1.2.3"), ["1.2.3.4, 198.51.100.7", "10.9.9.9"]),
            ip("198.51.100.7")
        );
        assert_eq!(
            proxies.client(ip("::1"), ["[2001:db8::5]:4711"]),
            ip("2001:db8::5")
        );
        // No header, or junk: the proxy's own address, never an invented one.
        assert_eq!(proxies.client(ip("10.1.2.3"), []), ip("10.1.2.3"));
        assert_eq!(
            proxies.client(ip("10.1.2.3"), ["1.2.3.4, junk"]),
            ip("10.1.2.3")
        );
        assert_eq!(
            proxies.client(ip("10.1.2.3"), ["junk, 10.4.4.4"]),
            ip("10.4.4.4")
        );
        assert_eq!(
            proxies.client(ip("::ffff:10.1.2.3"), ["192.0.2.1"]),
            ip("192.0.2.1")
        );
    }

    #[test]
    fn the_list_is_checked() {
        assert!(TrustedProxies::parse("").unwrap().0.is_empty());
        let err = TrustedProxies::parse("10.0.0.0/8, proxy.local").unwrap_err();
        assert!(err.contains("proxy.local"), "{err}");
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
    }
}
