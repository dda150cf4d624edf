//! The guards several instances share, kept in the Redis that holds their sessions. Each
//! operation that must check and change in one step is one Lua script, so two instances can
//! never both pass a check.

use std::time::Duration;

use app::fleet::{Deliver, Fleet, FleetFuture, Lock};
use fred::prelude::{
    ClientLike, EventInterface, Expiration, KeysInterface, LuaInterface, Pool, PubsubInterface,
    Value,
};

/// Takes the lock, or names its holder.
const LOCK: &str = r"
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return 'T' .. ARGV[1]
end
return 'H' .. (redis.call('GET', KEYS[1]) or '')
";

/// Releases the lock if the token still holds it.
const UNLOCK: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
";

/// Counts an attempt under every key unless one holds its most within the window already:
/// 0, or the milliseconds to wait. ARGV: now (ms), window (ms), id, then each key's most.
const COUNT: &str = r"
local now, window, id = tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3]
local wait = 0
for i, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  if redis.call('ZCARD', key) >= tonumber(ARGV[3 + i]) then
    local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
    local free = tonumber(oldest[2]) + window - now
    if free > wait then wait = free end
  end
end
if wait > 0 then return wait end
for _, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, id)
  redis.call('PEXPIRE', key, window)
end
return 0
";

/// Takes an attempt back from every key.
const UNCOUNT: &str = r"
for _, key in ipairs(KEYS) do redis.call('ZREM', key, ARGV[1]) end
return 0
";

/// The shared guards over a Redis pool.
#[derive(Clone)]
pub struct RedisFleet {
    pool: Pool,
    /// Starts every name: `rescue-console:<installation>:`.
    prefix: String,
}

impl std::fmt::Debug for RedisFleet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisFleet").finish_non_exhaustive()
    }
}

/// What starts every Redis key of the installation whose instances share `installation`
/// (derived from their shared key): `rescue-console:<installation tag>:`. Two installations
/// on one Redis (say staging and production) keep apart.
pub fn key_prefix(installation: &[u8; 32]) -> String {
    let tag: String = installation[..6]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("rescue-console:{tag}:")
}

impl RedisFleet {
    /// Guards kept in the Redis of `pool` (connected already) for the installation whose
    /// instances share `installation` (derived from their shared key): two installations on
    /// one Redis (say staging and production) keep apart.
    pub fn new(pool: Pool, installation: [u8; 32]) -> Self {
        RedisFleet {
            pool,
            prefix: key_prefix(&installation),
        }
    }

    fn key(&self, name: &str) -> String {
        format!("{}{name}", self.prefix)
    }
}

fn millis(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis())
        .unwrap_or(i64::MAX)
        .max(1)
}

fn failed(err: fred::error::Error) -> String {
    format!("Redis: {err}")
}

impl Fleet for RedisFleet {
    fn lock(&self, name: &str, ttl: Duration) -> FleetFuture<'_, Lock> {
        let (name, token) = (self.key(name), app::fleet::token());
        Box::pin(async move {
            let answer: String = self
                .pool
                .eval(LOCK, vec![name], vec![token, millis(ttl).to_string()])
                .await
                .map_err(failed)?;
            match answer.split_at_checked(1) {
                Some(("T", token)) => Ok(Lock::Taken(token.to_owned())),
                Some(("H", holder)) => Ok(Lock::Held(holder.to_owned())),
                _ => Err(format!("unexpected lock answer `{answer}`")),
            }
        })
    }

    fn unlock(&self, name: &str, token: &str) -> FleetFuture<'_, ()> {
        let (name, token) = (self.key(name), token.to_owned());
        Box::pin(async move {
            let _: i64 = self
                .pool
                .eval(UNLOCK, vec![name], vec![token])
                .await
                .map_err(failed)?;
            Ok(())
        })
    }

    fn holder(&self, name: &str) -> FleetFuture<'_, Option<String>> {
        self.get_key(self.key(name))
    }

    fn put(&self, name: &str, value: &str, ttl: Duration) -> FleetFuture<'_, ()> {
        let (name, value) = (self.key(name), value.to_owned());
        Box::pin(async move {
            let _: Value = self
                .pool
                .set(name, value, Some(Expiration::PX(millis(ttl))), None, false)
                .await
                .map_err(failed)?;
            Ok(())
        })
    }

    fn get(&self, name: &str) -> FleetFuture<'_, Option<String>> {
        self.get_key(self.key(name))
    }

    fn count(
        &self,
        limits: &[(String, usize)],
        id: &str,
        window: Duration,
    ) -> FleetFuture<'_, Option<Duration>> {
        let keys: Vec<String> = limits.iter().map(|(name, _)| self.key(name)).collect();
        let mut args = vec![
            chrono::Utc::now().timestamp_millis().to_string(),
            millis(window).to_string(),
            id.to_owned(),
        ];
        args.extend(limits.iter().map(|(_, most)| most.to_string()));
        Box::pin(async move {
            let wait: i64 = self.pool.eval(COUNT, keys, args).await.map_err(failed)?;
            Ok((wait > 0).then(|| Duration::from_millis(u64::try_from(wait).unwrap_or(0))))
        })
    }

    fn uncount(&self, keys: &[String], id: &str) -> FleetFuture<'_, ()> {
        let keys: Vec<String> = keys.iter().map(|name| self.key(name)).collect();
        let id = id.to_owned();
        Box::pin(async move {
            let _: i64 = self
                .pool
                .eval(UNCOUNT, keys, vec![id])
                .await
                .map_err(failed)?;
            Ok(())
        })
    }
    fn publish(&self, channel: &str, message: &str) -> FleetFuture<'_, ()> {
        let (channel, message) = (self.key(channel), message.to_owned());
        Box::pin(async move {
            let _: i64 = self
                .pool
                .next()
                .publish(channel, message)
                .await
                .map_err(failed)?;
            Ok(())
        })
    }

    fn subscribe(&self, channel: &str, deliver: Deliver) -> FleetFuture<'_, ()> {
        let channel = self.key(channel);
        // A connection of its own: one that subscribed can send nothing else.
        let client = self.pool.next().clone_new();
        Box::pin(async move {
            client.init().await.map_err(failed)?;
            let mut messages = client.message_rx();
            let mut reconnects = client.reconnect_rx();
            client.subscribe(channel.clone()).await.map_err(failed)?;
            tokio::spawn(async move {
                use tokio::sync::broadcast::error::RecvError;
                loop {
                    tokio::select! {
                        message = messages.recv() => match message {
                            Ok(message) => match message.value.convert::<String>() {
                                Ok(text) => deliver(text),
                                Err(err) => tracing::warn!("shared store: unreadable message: {err}"),
                            },
                            Err(RecvError::Lagged(missed)) => {
                                tracing::warn!(missed, "shared store: messages missed");
                            }
                            Err(RecvError::Closed) => break,
                        },
                        // A new connection has no subscriptions: listen again.
                        reconnected = reconnects.recv() => match reconnected {
                            Ok(_) | Err(RecvError::Lagged(_)) => {
                                if let Err(err) = client.subscribe(channel.clone()).await {
                                    tracing::warn!("shared store: not listening again: {err}");
                                }
                            }
                            Err(RecvError::Closed) => break,
                        },
                    }
                }
            });
            Ok(())
        })
    }
}

impl RedisFleet {
    fn get_key(&self, name: String) -> FleetFuture<'_, Option<String>> {
        Box::pin(async move { self.pool.get(name).await.map_err(failed) })
    }
}
