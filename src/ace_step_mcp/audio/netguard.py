"""Fetching the head of a remote `audio` URL without becoming a proxy into the user's network.

A URL is fetched only if every address its host resolves to is public (no loopback, private,
link-local, CGNAT, multicast or reserved ranges; cloud metadata addresses never, whatever the
settings say). An IPv6 address that carries an IPv4 one (mapped, compatible, NAT64, 6to4, Teredo) is
judged by that IPv4 address too. The connection is then pinned to the vetted address, with the original host in
`Host` and in TLS SNI (so certificates are still checked against the name), which closes the
window in which DNS could answer differently on the second lookup. Redirects are followed by hand,
at most three, each hop vetted the same way. Bytes and time are capped.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import SplitResult, urljoin, urlsplit, urlunsplit

import anyio
import httpx2

from ace_step_mcp.audio.formats import total_length
from ace_step_mcp.errors import AudioReferenceError

METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254")
)
MAX_REDIRECTS = 3


@dataclass(frozen=True)
class Head:
    data: bytes
    total_size: int
    content_type: str | None
    final_url: str


NAT64 = ipaddress.ip_network("64:ff9b::/96")
NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")  # local-use translation: where it leads is the network's
IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
IPV4_TRANSLATED = ipaddress.ip_network("::ffff:0:0:0/96")  # SIIT


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """Every IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4, Teredo): the
    packets may end up there, so each is judged as if it had been given."""
    found: list[ipaddress.IPv4Address] = []
    if ip.ipv4_mapped:
        found.append(ip.ipv4_mapped)
    if ip.sixtofour:
        found.append(ip.sixtofour)
    if ip.teredo:
        found.extend(ip.teredo)
    low32 = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip in NAT64 or ip in IPV4_TRANSLATED or (ip in IPV4_COMPATIBLE and int(ip) > 1):
        found.append(low32)
    return found


def _vet_address(text: str, allow_private: bool) -> bool:
    """Whether an address may be fetched: never metadata or multicast; else public, or any address
    when the operator allowed private ones."""
    ip = ipaddress.ip_address(text.split("%", 1)[0])
    if ip.is_multicast or ip.is_unspecified:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and (ip.is_site_local or ip in NAT64_LOCAL):
        return allow_private
    # An address that carries an IPv4 one (6to4, NAT64, ...) goes where that one goes: it is judged by
    # it alone (whether the translation prefix itself counts as global differs between Python versions).
    embedded = embedded_ipv4(ip) if isinstance(ip, ipaddress.IPv6Address) else []
    candidates: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = [*embedded] if embedded else [ip]
    for candidate in candidates:
        if candidate in METADATA_ADDRESSES or candidate.is_multicast or candidate.is_unspecified:
            return False
        if not allow_private and not candidate.is_global:
            return False
    return True


def url_port(parts: SplitResult, field: str) -> int:
    """The URL's port, or one sentence naming the field when it is not a port."""
    try:
        port = parts.port
    except ValueError:
        raise AudioReferenceError(f"{field} URL has a port outside 1-65535; give a valid URL.") from None
    return port or (443 if parts.scheme == "https" else 80)


def split_url(url: str, field: str) -> SplitResult:
    """urlsplit, or one sentence naming the field (an unclosed `[`, say)."""
    try:
        return urlsplit(url)
    except ValueError:
        raise AudioReferenceError(f"{field} {url[:60]!r} is not a valid URL; give a full https URL.") from None


async def vetted_address(url: str, *, allow_http: bool, allow_private: bool) -> str:
    parts = split_url(url, "`audio`")
    if parts.scheme != "https" and not (parts.scheme == "http" and allow_http):
        raise AudioReferenceError(
            f"`audio` URLs must be https (got {parts.scheme or 'no scheme'}); set ACE_STEP_MCP_ALLOW_HTTP_URLS=1 "
            f"to allow plain http."
        )
    host = parts.hostname
    if not host:
        raise AudioReferenceError("`audio` URL has no host name.")
    port = url_port(parts, "`audio`")
    try:
        infos = await anyio.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError:
        raise AudioReferenceError(f"`audio` URL host '{host[:80]}' does not resolve; check the URL.") from None
    addresses = [str(info[4][0]) for info in infos]
    if not addresses or not all(_vet_address(a, allow_private) for a in addresses):
        raise AudioReferenceError(
            f"`audio` URL host '{host[:80]}' resolves to a private, loopback, link-local or metadata address, "
            f"which this server will not fetch; use a public https URL."
        )
    return addresses[0]


@contextlib.asynccontextmanager
async def vetted_get(
    url: str, http: httpx2.AsyncClient, headers: dict[str, str], *, allow_http: bool, allow_private: bool
) -> AsyncIterator[tuple[httpx2.Response, str]]:
    """GET `url` pinned to a vetted address, following redirects by hand: the streamed response and
    the URL that answered."""
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        address = await vetted_address(current, allow_http=allow_http, allow_private=allow_private)
        parts = split_url(current, "`audio`")
        host = parts.hostname or ""
        shown_ip = f"[{address}]" if ":" in address else address
        pinned = urlunsplit(
            (parts.scheme, f"{shown_ip}:{parts.port}" if parts.port else shown_ip, parts.path or "/", parts.query, "")
        )
        host_header = f"{host}:{parts.port}" if parts.port else host
        extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
        request = http.build_request("GET", pinned, headers={"Host": host_header, **headers}, extensions=extensions)
        response = await http.send(request, stream=True, follow_redirects=False)
        try:
            if response.status_code in (301, 302, 303, 307, 308) and "location" in response.headers:
                current = urljoin(current, response.headers["location"])
                continue
            if response.status_code not in (200, 206):
                raise AudioReferenceError(
                    f"`audio` URL answered HTTP {response.status_code}; give a public URL to the file."
                )
            yield response, current
            return
        finally:
            await response.aclose()
    raise AudioReferenceError(f"`audio` URL redirects more than {MAX_REDIRECTS} times; give the file's own URL.")


async def fetch_head(
    url: str,
    http: httpx2.AsyncClient,
    *,
    max_bytes: int,
    timeout_s: float = 15.0,
    allow_http: bool = False,
    allow_private: bool = False,
) -> Head:
    """The first `max_bytes` of `url` and its total size, under the rules in the module docstring."""
    try:
        with anyio.fail_after(timeout_s):
            async with vetted_get(
                url, http, {"Range": f"bytes=0-{max_bytes - 1}"}, allow_http=allow_http, allow_private=allow_private
            ) as (response, final):
                data = b""
                async for chunk in response.aiter_bytes():
                    data += chunk
                    if len(data) >= max_bytes:
                        break
                return Head(
                    data[:max_bytes],
                    total_length(response, 0) or len(data),
                    response.headers.get("content-type"),
                    final,
                )
    except TimeoutError:
        raise AudioReferenceError(
            f"`audio` URL did not answer within {timeout_s:g} s; check that it is reachable."
        ) from None
    except httpx2.HTTPError as exc:
        raise AudioReferenceError(
            f"`audio` URL could not be fetched ({type(exc).__name__}); check that it is public and reachable."
        ) from None


async def fetch_to_file(
    url: str,
    http: httpx2.AsyncClient,
    dest: Path,
    *,
    max_bytes: int,
    idle_timeout_s: float = 30.0,
    allow_http: bool = False,
    allow_private: bool = False,
) -> int:
    """The whole of `url` streamed into `dest` (temp name, then renamed), under the same rules; a
    stall of `idle_timeout_s` or more than `max_bytes` ends it. Returns the size."""
    part = dest.with_name(f".{dest.name}.part")
    size = 0
    try:
        async with vetted_get(url, http, {}, allow_http=allow_http, allow_private=allow_private) as (response, _):
            with open(part, "wb") as out:  # noqa: ASYNC230 - page-cache writes of socket-sized chunks
                chunks = response.aiter_bytes().__aiter__()
                while True:
                    with anyio.fail_after(idle_timeout_s):
                        try:
                            chunk = await chunks.__anext__()
                        except StopAsyncIteration:
                            break
                    size += len(chunk)
                    if size > max_bytes:
                        raise AudioReferenceError(
                            f"`audio` URL is over {max_bytes / 2**30:.1f} GiB, more than this server downloads; "
                            f"give a shorter or compressed file."
                        )
                    out.write(chunk)
        await anyio.to_thread.run_sync(os.replace, part, dest)
        return size
    except TimeoutError:
        raise AudioReferenceError(
            f"`audio` URL stalled for {idle_timeout_s:g} s while downloading; check that it is reachable."
        ) from None
    except httpx2.HTTPError as exc:
        raise AudioReferenceError(
            f"`audio` URL could not be downloaded ({type(exc).__name__}); check that it is public and reachable."
        ) from None
    finally:
        with contextlib.suppress(OSError):
            part.unlink()
