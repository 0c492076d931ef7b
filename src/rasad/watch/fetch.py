"""Polite HTTP for the watch loop (httpx): conditional GET, a per-host rate limit and concurrency cap, timeouts,
retries with exponential backoff (and `Retry-After`), and a User-Agent naming Rasad and its version.

Thread-safe: one `PoliteClient` is shared by the loop's fetch threads. A host is the URL's `host:port`.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx

from rasad import __version__

USER_AGENT = f"Rasad/{__version__} (Arabic news monitor; +https://github.com/rasad)"
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
MAX_BYTES = 20 * 1024 * 1024  # a feed or page larger than this is refused


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    timeout: float = 20.0  # seconds, connect and each read
    retries: int = 2  # further attempts after a timeout, connection error, 429 or 5xx
    backoff: float = 1.0  # seconds before the first retry, doubled for each next one
    per_host: int = 2  # requests in flight to one host at a time
    host_delay: float = 0.5  # seconds between the starts of two requests to one host
    max_retry_after: float = 60.0


@dataclass(slots=True)
class Fetched:
    """The outcome of one GET: `status` 200 with `body`, 304 (not modified), or `error` saying why not."""

    url: str
    status: int = 0
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""
    retry_after: str | None = None
    error: str | None = None
    attempts: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200


@dataclass(slots=True)
class _Host:
    gate: threading.Semaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0


class PoliteClient:
    """GET with manners. `stopped()` is checked before each attempt and during back-off waits."""

    def __init__(self, policy: FetchPolicy | None = None, stopped: Callable[[], bool] = lambda: False,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self.stopped = stopped
        self.requests = 0
        self._count_lock = threading.Lock()
        self._hosts: dict[str, _Host] = defaultdict(lambda: _Host(threading.Semaphore(self.policy.per_host)))
        self._hosts_lock = threading.Lock()
        self.client = httpx.Client(timeout=self.policy.timeout, follow_redirects=True, transport=transport,
                                   headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"})

    def _host(self, url: str) -> _Host:
        with self._hosts_lock:
            return self._hosts[urlsplit(url).netloc.lower()]

    def _wait_turn(self, host: _Host) -> None:
        with host.lock:
            now = time.monotonic()
            start = max(now, host.next_start)
            host.next_start = start + self.policy.host_delay
        if start > now:
            time.sleep(start - now)

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET `url` (conditionally where validators are given), retrying what may pass."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        result = Fetched(url)
        for attempt in range(self.policy.retries + 1):
            if self.stopped():
                result.error = result.error or "stopped"
                return result
            result = self._attempt(url, headers)
            result.attempts = attempt + 1
            if result.error is None or not _retryable(result) or attempt == self.policy.retries:
                return result
            self._sleep(self._delay(result, attempt))
        return result

    def _attempt(self, url: str, headers: dict[str, str]) -> Fetched:
        host = self._host(url)
        with host.gate:
            self._wait_turn(host)
            with self._count_lock:
                self.requests += 1
            try:
                return _read(self.client, url, headers)
            except httpx.TimeoutException as exc:
                return Fetched(url, error=f"timeout after {self.policy.timeout:g} s ({type(exc).__name__})")
            except httpx.HTTPError as exc:
                return Fetched(url, error=f"connection failed: {type(exc).__name__}: {exc}")
            except (httpx.InvalidURL, ValueError) as exc:
                return Fetched(url, error=f"bad URL: {exc}")

    def _delay(self, result: Fetched, attempt: int) -> float:
        delay = self.policy.backoff * (2 ** attempt)
        retry_after = _retry_after(result)
        return float(min(self.policy.max_retry_after, max(delay, retry_after or 0.0)))

    def _sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while not self.stopped() and time.monotonic() < end:
            time.sleep(min(0.1, max(0.0, end - time.monotonic())))

    def close(self) -> None:
        self.client.close()


def _read(client: httpx.Client, url: str, headers: dict[str, str]) -> Fetched:
    with client.stream("GET", url, headers=headers) as response:
        out = Fetched(url, status=response.status_code, etag=response.headers.get("etag"),
                      last_modified=response.headers.get("last-modified"),
                      content_type=response.headers.get("content-type", ""))
        if response.status_code == 304:
            return out
        if response.status_code != 200:
            out.error = f"HTTP {response.status_code}"
            out.retry_after = response.headers.get("retry-after")
            return out
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > MAX_BYTES:
                out.error = f"response larger than {MAX_BYTES // (1024 * 1024)} MiB"
                return out
            chunks.append(chunk)
        out.body = b"".join(chunks)
        return out


def _retryable(result: Fetched) -> bool:
    if result.error and result.error.startswith(("timeout", "connection failed")):
        return True
    return result.status in RETRY_STATUS


def _retry_after(result: Fetched) -> float | None:
    """Seconds asked by a 429/503's Retry-After header (a number or an HTTP date)."""
    value = (result.retry_after or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None
