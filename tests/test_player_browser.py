"""The player app end to end in a real browser: headless Chromium (Debian's) loads the test host page
(tests/browser/host.html, built on the ext-apps AppBridge from app/src/host.ts), which talks to
the real server over streamable HTTP, against the emulator. The host page is served from another origin
than the server's (as ext-apps' reference host is: CORS), and renders the app for a generated track in
a sandboxed iframe under that host's CSP (the spec's default: no media-src, so the player plays through
Web Audio from the bytes the bridge delivered); the test plays it, drags a region over
2-4 s, presses Regenerate, and checks the emulator's record of the inpaint and the new version on
screen. A screenshot of each state is saved for review in test-artifacts/player/ (or the folder
ACE_STEP_MCP_SCREENSHOTS names; CI points it at its checkout, outside the fresh clone it tests in).

Without Chromium the test is skipped, unless ACE_STEP_MCP_REQUIRE_BROWSER=1 (CI installs Chromium
and sets it), where a missing browser fails.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

import anyio
import pytest

from tests.helpers import REPO, http_server

pytestmark = [pytest.mark.anyio, pytest.mark.timeout(180), pytest.mark.e2e]

HOST_PAGE = REPO / "tests" / "browser" / "host.html"
SHOTS = Path(os.environ.get("ACE_STEP_MCP_SCREENSHOTS") or REPO / "test-artifacts" / "player")
CHROMIUM = next((p for p in (shutil.which("chromium"), "/usr/bin/chromium") if p and Path(p).exists()), None)
# As the machine notes advise for a closed network: no background connections, no first-run work.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--autoplay-policy=no-user-gesture-required",
]


def _browser_or_skip() -> str:
    if CHROMIUM is None:
        if os.environ.get("ACE_STEP_MCP_REQUIRE_BROWSER") == "1":
            pytest.fail("Chromium is required here (ACE_STEP_MCP_REQUIRE_BROWSER=1) but /usr/bin/chromium is missing.")
        pytest.skip("no Chromium on this machine (apt install chromium); the player's browser test needs it")
    return CHROMIUM


def _seconds(clock: str) -> float:
    m, s = clock.split(":")
    return int(m) * 60 + float(s)


@asynccontextmanager
async def _host_page(
    pw: Any, executable: str, origin: str, errors: list[str], *, theme: str = "light", query: str = ""
) -> AsyncIterator[Any]:
    """A browser with the test host page open, served from another origin than the server's `origin`
    (a loopback name and port of its own, as ext-apps' reference host runs), recording console errors
    and uncaught exceptions of every frame in `errors`."""
    browser = await pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
    try:
        page = await browser.new_page(viewport={"width": 800, "height": 700}, color_scheme=theme)
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        with _page_server(HOST_PAGE.read_bytes()) as own:
            assert not origin.startswith(own)
            await page.goto(f"{own}/_test_host?theme={theme}&server={origin}{query}")
            yield page
    finally:
        await browser.close()


@contextmanager
def _page_server(html: bytes) -> Iterator[str]:
    """The host page served by a web server of its own on loopback (a page intercepted by the browser
    would count as a public one, which Chromium's local network access keeps from loopback servers)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(html)))
            self.end_headers()
            self.wfile.write(html)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://localhost:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


async def _until(check: Any, timeout: float = 30.0, what: str = "") -> Any:
    with anyio.fail_after(timeout):
        while True:
            value = await check()
            if value:
                return value
            await anyio.sleep(0.1)


async def test_player_plays_selects_a_region_regenerates_and_shows_the_new_version(tmp_path, emulator, control):
    executable = _browser_or_skip()
    from playwright.async_api import async_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    for old in SHOTS.glob("*.png"):
        old.unlink()
    errors: list[str] = []

    async with (
        http_server(tmp_path, emulator, "streamable-http") as port,
        async_playwright() as pw,
    ):
        origin = f"http://127.0.0.1:{port}"
        async with _host_page(pw, executable, origin, errors) as page:
            made = await page.evaluate(
                "host.run('text_to_audio', {tags: 'lo-fi hip hop, mellow piano, 80 BPM', duration: 12, seed: 11})"
            )
            assert not made.get("isError"), made
            first = made["structuredContent"]["track_id"]

            app = page.frame_locator("iframe")
            status = app.locator("#status")
            await _until(lambda: _text(status, f"Showing {first}"), what="loaded")
            assert "lo-fi hip hop" in (await app.locator("#title").text_content() or "")
            facts = await app.locator("#facts").text_content() or ""
            cost = made["structuredContent"]["cost_usd"]
            assert "0:12.0" in facts and "BPM" in facts and "LUFS" in facts and f"${cost:.4f}" in facts, facts
            # A key the analysis is unsure of is shown with its confidence, a sure one plainly.
            heard = made["structuredContent"]["analysis"]
            low = heard["key_confidence"] < 0.35
            assert (f"{heard['key']} (unsure, {heard['key_confidence']:.2f})" in facts) == low, (heard, facts)
            versions = app.locator('[role="radio"]')
            assert await versions.count() == 1
            await page.screenshot(path=str(SHOTS / "1-loaded.png"))

            # Play: the audio's current time advances (read from the transport's clock).
            await app.locator("#play").click()
            clock = app.locator("#time")

            async def advanced() -> bool:
                now = (await clock.text_content() or "0:00 / 0:00").split(" / ")[0]
                return _seconds(now) >= 1.0

            await _until(advanced, what="playback")
            assert await app.locator("#play").text_content() == "Pause"
            await page.screenshot(path=str(SHOTS / "2-playing.png"))
            await app.locator("#play").click()  # pause

            # Drag a region over 2-4 s on the waveform.
            box = await app.locator("#wave").bounding_box()
            assert box is not None
            duration = 12.0
            y = box["y"] + box["height"] / 2
            x_of = lambda s: box["x"] + 1 + (box["width"] - 2) * s / duration  # noqa: E731
            await page.mouse.move(x_of(2.0), y)
            await page.mouse.down()
            await page.mouse.move(x_of(3.0), y, steps=8)
            await page.mouse.move(x_of(4.0), y, steps=8)
            await page.mouse.up()
            start = float(await app.locator("#sel-start").input_value())
            end = float(await app.locator("#sel-end").input_value())
            assert 1.8 <= start <= 2.2 and 3.8 <= end <= 4.2, (start, end)
            await app.locator("#tags").fill("piano breakdown, soft, 80 BPM")
            await page.screenshot(path=str(SHOTS / "3-region-selected.png"))

            # Regenerate: the app calls audio_inpaint through the host with that window, then follows the
            # job (a render of about 3 s here) and shows its progress.
            await control.config(render_speed=4.0)
            await app.locator("#regenerate").click()
            progress = await _until(lambda: _matching(status, r"Job \S+ (rendering|queued)"), what="progress")
            await page.screenshot(path=str(SHOTS / "4-rendering.png"))
            assert await app.locator("#regenerate").is_disabled(), progress  # no second submit meanwhile
            await _until(lambda: _text(status, "is ready"), timeout=60, what="new version")
            await page.screenshot(path=str(SHOTS / "5-new-version.png"))

            calls = await page.evaluate("host.appCalls")
            inpaints = [c for c in calls if c["name"] == "audio_inpaint"]
            assert len(inpaints) == 1, calls
            # The job list (read before the submit, to find the job again if its answer were lost), then
            # status polls of that one job: nothing that could submit again.
            followed = [c["arguments"] for c in calls if c["name"] == "music_job"]
            assert followed[0] == {"action": "list", "limit": 20}, followed
            assert len(followed) > 1 and all(c["action"] == "status" for c in followed[1:]), followed
            args = inpaints[0]["arguments"]
            assert args["audio"] == first and args["tags"] == "piano breakdown, soft, 80 BPM"
            assert (args["start_time"], args["end_time"]) == (start, end)  # what the fields showed
            jobs = await control.jobs()
            recorded = [j for j in jobs if "inpaint" in j["model_id"]]
            assert len(recorded) == 1, jobs
            params = recorded[0]["params"]
            # A 12 s track is sent whole, so the wire's window is the selection itself.
            assert abs(params["start_time"] - start) < 0.011 and abs(params["end_time"] - end) < 0.011, params
            assert params["tags"] == "piano breakdown, soft, 80 BPM"

            # The new version is on screen and listed after the original.
            assert await versions.count() == 2
            second = await versions.nth(1).get_attribute("data-track")
            assert second and second != first
            assert await versions.nth(1).get_attribute("aria-checked") == "true"
            label = await versions.nth(1).text_content() or ""
            assert "regenerated 0:0" in label
            assert second in (await app.locator("#facts").text_content() or "")

            # A/B: back to the original at the same moment of the music.
            wave = app.locator("#wave")
            await wave.focus()
            await wave.press("ArrowRight")  # +5 s
            before = _seconds((await clock.text_content() or "").split(" / ")[0])
            await versions.nth(0).click()
            await _until(lambda: _text(status, f"Showing {first}"), what="switch back")
            after = _seconds((await clock.text_content() or "").split(" / ")[0])
            assert before >= 4.5 and abs(after - before) < 0.3, (before, after)
            assert await versions.nth(0).get_attribute("aria-checked") == "true"

            # Extend the original by 4 s before it: a third version, whose timeline is 4 s later.
            await control.config(render_speed=0)
            await app.locator("#before").fill("4")
            await app.locator("#after").fill("0")
            assert "about $0.0008" in (await app.locator("#extend-cost").text_content() or "")
            await app.locator("#extend").click()
            await _until(lambda: _text(status, "is ready"), timeout=60, what="extended version")
            assert await versions.count() == 3
            third = await versions.nth(2).get_attribute("data-track")
            assert "extended +4 s before" in (await versions.nth(2).text_content() or "")
            outpaints = [c["arguments"] for c in await page.evaluate("host.appCalls") if c["name"] == "audio_outpaint"]
            assert outpaints == [
                {"audio": first, "tags": "piano breakdown, soft, 80 BPM", "extend_before_duration": 4,
                 "extend_after_duration": 0, "wait_s": 0}
            ]  # fmt: skip
            # A/B across the shift: 5.0 s into the original is 9.0 s into the extended version.
            await versions.nth(0).click()
            await _until(lambda: _text(status, f"Showing {first}"), what="original again")
            await wave.focus()
            await wave.press("Home")
            await wave.press("ArrowRight")
            await versions.nth(2).click()
            await _until(lambda: _text(status, f"Showing {third}"), what="extended")
            shifted = _seconds((await clock.text_content() or "").split(" / ")[0])
            assert abs(shifted - 9.0) < 0.3, shifted

        # Keyboard and the dark theme, through play_track on the new version.
        async with _host_page(pw, executable, origin, errors, theme="dark") as page:
            played = await page.evaluate(f"host.run('play_track', {{track: '{second}'}})")
            assert not played.get("isError"), played
            app = page.frame_locator("iframe")
            await _until(lambda: _text(app.locator("#status"), f"Showing {second}"), what="dark load")
            theme = await app.locator("html").get_attribute("data-theme")
            assert theme == "dark"
            background = await app.locator("body").evaluate("b => getComputedStyle(b).backgroundColor")
            assert _luminance(background) < 0.2, background
            assert await app.locator('[role="radio"]').count() == 3  # original, regenerated, extended
            # A regenerated version opens with its window selected.
            assert float(await app.locator("#sel-start").input_value()) == pytest.approx(start, abs=0.051)
            assert float(await app.locator("#sel-end").input_value()) == pytest.approx(end, abs=0.051)
            wave = app.locator("#wave")
            await wave.focus()
            await wave.press("ArrowRight")
            await wave.press("[")  # selection start at the playhead (5 s)
            await wave.press("ArrowRight")
            await wave.press("]")  # end at 10 s
            assert float(await app.locator("#sel-start").input_value()) == pytest.approx(5.0, abs=0.15)
            assert float(await app.locator("#sel-end").input_value()) == pytest.approx(10.0, abs=0.15)
            assert await app.locator("#regenerate").is_enabled()
            await page.screenshot(path=str(SHOTS / "6-dark-keyboard-selection.png"))

    csp = [e for e in errors if "Content Security Policy" in e or "Refused to" in e]
    assert not csp, csp
    assert not [e for e in errors if "Uncaught" in e or "TypeError" in e], errors
    assert len(list(SHOTS.glob("*.png"))) == 6


async def test_player_never_resubmits_when_the_host_loses_an_answer_or_a_poll(tmp_path, emulator, control):
    """The host loses the answer to a submit (the job did start), then fails two status polls of the
    next job: the app finds the first job in the job list and follows it, keeps following the second
    through the failures, keeps its buttons off meanwhile, and the emulator sees one inpaint each."""
    executable = _browser_or_skip()
    from playwright.async_api import async_playwright

    errors: list[str] = []
    async with (
        http_server(tmp_path, emulator, "streamable-http") as port,
        async_playwright() as pw,
        _host_page(pw, executable, f"http://127.0.0.1:{port}", errors) as page,
    ):
        made = await page.evaluate("host.run('text_to_audio', {tags: 'ambient pads', duration: 10, seed: 5})")
        first = made["structuredContent"]["track_id"]
        app = page.frame_locator("iframe")
        status = app.locator("#status")
        await _until(lambda: _text(status, f"Showing {first}"), what="loaded")

        async def inpaints() -> int:
            return len([j for j in await control.jobs() if "inpaint" in j["model_id"]])

        # 1. The submit reaches the server, but its answer is lost on the way back.
        await page.evaluate("host.fault('audio_inpaint', 'drop-answer', 1)")
        await app.locator("#sel-start").fill("1")
        await app.locator("#sel-end").fill("3")
        await app.locator("#sel-end").press("Tab")
        assert await app.locator("#regenerate").is_enabled()
        await app.locator("#sel-start").fill("")  # half edited: the window on screen is not what is typed
        assert await app.locator("#regenerate").is_disabled()
        await app.locator("#sel-start").fill("1")
        await app.locator("#sel-start").press("Tab")
        await app.locator("#regenerate").click()
        await _until(lambda: _text(status, "is ready"), timeout=60, what="recovered job")
        assert await inpaints() == 1
        calls = await page.evaluate("host.appCalls")
        assert [c["name"] for c in calls].count("audio_inpaint") == 1, calls

        # 2. The next job's status polls fail twice; it is followed through, never submitted again.
        await control.config(render_speed=3.0)
        await page.evaluate("host.fault('music_job', 'refuse', 2, 'status')")
        await app.locator("#regenerate").click()
        await _until(lambda: _text(status, "Lost touch with job"), what="lost touch")
        assert await app.locator("#regenerate").is_disabled()
        assert await app.locator("#extend").is_disabled()
        await _until(lambda: _text(status, "is ready"), timeout=90, what="followed through")
        assert await inpaints() == 2
        assert await app.locator('[role="radio"]').count() == 3
    assert not [e for e in errors if "Uncaught" in e or "TypeError" in e], errors


async def test_a_charge_above_the_threshold_is_approved_by_the_person_at_the_player(tmp_path, emulator, control):
    """With ACE_STEP_MCP_CONFIRM_ABOVE_USD set and a host that cannot ask (no elicitation), an Extend
    over the threshold opens the player's own question: declining renders nothing, approving renders
    once; nothing else can start while it is open."""
    executable = _browser_or_skip()
    from playwright.async_api import async_playwright

    errors: list[str] = []
    async with (
        http_server(tmp_path, emulator, "streamable-http", ACE_STEP_MCP_CONFIRM_ABOVE_USD="0.001") as port,
        async_playwright() as pw,
        _host_page(pw, executable, f"http://127.0.0.1:{port}", errors) as page,
    ):
        made = await page.evaluate("host.run('text_to_audio', {tags: 'bossa nova', duration: 5, seed: 2})")
        assert not made.get("isError"), made  # $0.0010: not above the threshold
        first = made["structuredContent"]["track_id"]
        app = page.frame_locator("iframe")
        status = app.locator("#status")
        await _until(lambda: _text(status, f"Showing {first}"), what="loaded")

        async def outpaints() -> int:
            return len([j for j in await control.jobs() if "outpaint" in j["model_id"]])

        dialog = app.locator('[role="alertdialog"]')
        await app.locator("#before").fill("0")
        await app.locator("#after").fill("10")
        await app.locator("#extend").click()
        await dialog.wait_for(state="visible")
        asked = await app.locator("#confirm-text").text_content() or ""
        assert "$0.0020" in asked and f"extend {first} by 0 s before and 10 s after" in asked, asked
        assert await app.locator("#extend").is_disabled() and await app.locator("#regenerate").is_disabled()
        await app.locator("#confirm-no").click()
        await _until(lambda: _text(status, "Nothing was rendered"), what="declined")
        assert await dialog.is_hidden() and await outpaints() == 0
        assert await app.locator("#extend").evaluate("b => b === document.activeElement")

        await app.locator("#extend").click()  # asked again; Escape declines too
        await dialog.wait_for(state="visible")
        await page.keyboard.press("Escape")
        await dialog.wait_for(state="hidden")
        assert await outpaints() == 0

        await app.locator("#extend").click()
        await dialog.wait_for(state="visible")
        await app.locator("#confirm-yes").click()
        await _until(lambda: _text(status, "is ready"), timeout=60, what="approved render")
        assert await outpaints() == 1
        sent = [c["arguments"] for c in await page.evaluate("host.appCalls") if c["name"] == "audio_outpaint"]
        assert len(sent) == 4 and [("confirm_spend" in a) for a in sent] == [False, False, False, True], sent
    assert not [e for e in errors if "Uncaught" in e or "TypeError" in e], errors


async def test_a_host_that_does_not_advertise_apps_and_gives_no_audio_still_shows_the_player(tmp_path, emulator):
    """Issue 28: a host that renders apps without advertising the extension finds the player on the
    generating tool (`_meta.ui` kept) and its feed answers; in a frame without Web Audio the player says
    so on screen instead of a Play button that silently does nothing."""
    executable = _browser_or_skip()
    from playwright.async_api import async_playwright

    errors: list[str] = []
    async with (
        http_server(tmp_path, emulator, "streamable-http") as port,
        async_playwright() as pw,
        _host_page(pw, executable, f"http://127.0.0.1:{port}", errors, query="&apps=0&audio=0") as page,
    ):
        made = await page.evaluate("host.run('text_to_audio', {tags: 'dub techno', duration: 6, seed: 3})")
        assert not made.get("isError"), made
        listed = {t["name"] for t in await page.evaluate("host.tools()")}
        assert "play_track" not in listed  # not advertised: the model's list has no player tools
        first = made["structuredContent"]["track_id"]
        app = page.frame_locator("iframe")
        status = app.locator("#status")
        await _until(lambda: _text(status, f"Showing {first}"), what="loaded without Apps advertised")
        assert "gives the player no audio" in (await status.text_content() or "")
        assert "error" in (await status.get_attribute("class") or "")
        await app.locator("#play").click()
        assert "gives the player no audio" in (await status.text_content() or "")
        assert await app.locator("#time").text_content() == "0:00.0 / 0:06.0"
        assert await app.locator('[role="radio"]').count() == 1  # versions and edits still work
    assert not [e for e in errors if "Uncaught" in e or "TypeError" in e], errors


async def _text(locator: Any, needle: str) -> bool:
    return needle in (await locator.text_content() or "")


async def _matching(locator: Any, pattern: str) -> str | None:
    found = re.search(pattern, await locator.text_content() or "")
    return found.group(0) if found else None


def _luminance(css: str) -> float:
    r, g, b = (int(v) for v in re.findall(r"\d+", css)[:3])
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
