// The ace-step-mcp player: an MCP App (ui:// resource) rendered by the host in a sandboxed iframe.
//
// It gets the tool result that opened it (a track, a running job, or takes), asks the server for the
// track's view through the host's bridge (`track_view`: preview MP3, peaks, analysis, versions), and
// lets the user play, switch versions at the same moment of the music, select a region and have it
// regenerated (`audio_inpaint`) or the track extended (`audio_outpaint`). Every server call goes
// through the host (`tools/call`), so it works over stdio, and the iframe fetches nothing itself.
//
// Playback needs no `media-src`: hosts sandbox the app under a CSP that may allow no `data:` or `blob:`
// media (ext-apps' reference host allows none), where an <audio> element silently plays nothing. The
// preview's bytes, which the bridge already delivered, are decoded with Web Audio and played from an
// AudioBuffer; a host that leaves the app no audio at all gets a visible message, not a silent button.
//
// Money: a job the player started is followed until it ends, whatever the connection does; while it
// runs (or while the answer to its submit is unknown) no button can start another. A charge above
// the operator's threshold is approved here by the person at the player, never by the model.
import {
  App,
  applyDocumentTheme,
  applyHostFonts,
  applyHostStyleVariables,
  type McpUiHostContext,
} from "@modelcontextprotocol/ext-apps";
// The unbundled ESM build, so that the player below is the very WebAudioPlayer class WaveSurfer checks for.
import WaveSurfer from "wavesurfer.js/dist/wavesurfer.js";
import WebAudioPlayer from "wavesurfer.js/dist/webaudio.js";
import RegionsPlugin, { type Region } from "wavesurfer.js/dist/plugins/regions.esm.js";
import TimelinePlugin from "wavesurfer.js/dist/plugins/timeline.esm.js";

type Json = Record<string, any>;
type CallResult = { content?: Json[]; structuredContent?: Json; isError?: boolean; resultType?: string };

interface Version {
  track_id: string;
  label: string;
  offset_s: number;
  duration_s: number | null;
  cost_usd: number | null;
  current: boolean;
  tags?: string | null;
}

interface View {
  track: Json;
  versions: Version[];
  preview?: { duration_s: number; peaks: number[]; kbps: number };
  usd_per_s?: Record<string, number>;
  audio?: string; // the key of the preview's decoded audio (in `decoded`)
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const ui = {
  main: $("player"),
  title: $("title"),
  facts: $("facts"),
  wave: $("wave"),
  play: $<HTMLButtonElement>("play"),
  playSelection: $<HTMLButtonElement>("play-selection"),
  time: $("time"),
  versions: $("versions"),
  selStart: $<HTMLInputElement>("sel-start"),
  selEnd: $<HTMLInputElement>("sel-end"),
  tags: $<HTMLInputElement>("tags"),
  regenerate: $<HTMLButtonElement>("regenerate"),
  regenerateCost: $("regenerate-cost"),
  before: $<HTMLInputElement>("before"),
  after: $<HTMLInputElement>("after"),
  extend: $<HTMLButtonElement>("extend"),
  extendCost: $("extend-cost"),
  status: $("status"),
  progress: $<HTMLProgressElement>("progress"),
  cancelJob: $<HTMLButtonElement>("cancel-job"),
  confirm: $("confirm"),
  confirmText: $("confirm-text"),
  confirmYes: $<HTMLButtonElement>("confirm-yes"),
  confirmNo: $<HTMLButtonElement>("confirm-no"),
};

const MAX_SECTION_S = 240; // the edit endpoints' window
const LOW_CONFIDENCE = 0.35; // audio/analysis.py's: under it a tempo or key is a guess
const views = new Map<string, View>(); // track id -> what track_view returned
let current: View | null = null;
let takes: Version[] = []; // takes of the call that opened the player (siblings, not lineage)
let following = 0; // jobs being submitted or followed: no new one starts meanwhile
let confirmOpen = false; // a charge awaits the person's approval: nothing else starts either
let followed: string | null = null; // the job the Cancel button stops
const busy = () => following > 0 || confirmOpen;
let loads = 0; // the newest show(): an older one that finishes later is dropped

// A theme colour as the canvas needs it: custom properties hold light-dark(...) unresolved, so the
// colour is read back from an element that uses it.
const probe = document.createElement("span");
probe.hidden = true;
document.body.append(probe);
function cssVar(name: string): string {
  probe.style.color = `var(${name})`;
  return getComputedStyle(probe).color || "#888";
}

// -- audio without media-src ----------------------------------------------------------------------

// Decoded previews, newest last; a few versions are kept (an hour's preview decodes to ~230 MB at 16 kHz).
const decoded = new Map<string, AudioBuffer>();
const DECODED_KEPT = 3;

/** WaveSurfer's Web Audio player, given decoded buffers instead of URLs to fetch (a fetch of a
 *  data: or blob: URL needs `connect-src`, which a host's CSP may not allow either). */
class BytesPlayer extends WebAudioPlayer {
  get src(): string {
    return this.currentSrc;
  }
  set src(key: string) {
    const self = this as unknown as { buffer: AudioBuffer | null; _duration?: number; error: unknown };
    this.currentSrc = key;
    self._duration = undefined;
    self.error = null;
    self.buffer = decoded.get(key) ?? null;
    if (self.buffer) {
      this.emit("loadedmetadata");
      this.emit("canplay");
    } else {
      this.emit("emptied");
    }
  }
  context(): AudioContext {
    return (this as unknown as { audioContext: AudioContext }).audioContext;
  }
}

const AUDIO_BLOCKED =
  "This host gives the player no audio (Web Audio is unavailable in its frame); the waveform and edits still work, " +
  "and the track's file plays in any audio player.";

function makePlayer(): BytesPlayer | null {
  try {
    return typeof AudioContext === "function" ? new BytesPlayer() : null;
  } catch {
    return null; // a host whose frame refuses an AudioContext
  }
}
const player = makePlayer();

/** The preview's samples, at a rate its length can afford: a preview is for listening and choosing,
 *  and Web Audio holds it as 32-bit floats (48 kHz stereo for 5 minutes is 115 MB; an hour mono at 16 kHz, 230 MB). */
async function decode(key: string, bytes: Uint8Array, duration_s: number): Promise<void> {
  if (decoded.has(key)) return;
  const rate = duration_s <= 300 ? 48_000 : duration_s <= 900 ? 24_000 : 16_000;
  const channels = duration_s <= 900 ? 2 : 1;
  const offline = new OfflineAudioContext(channels, 1, rate); // decodes at its own rate
  const buffer = await offline.decodeAudioData(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  decoded.set(key, buffer);
  while (decoded.size > DECODED_KEPT) {
    const oldest = decoded.keys().next().value as string;
    if (oldest === player?.src) break;
    decoded.delete(oldest);
  }
}

function bytesOf(base64: string): Uint8Array {
  const text = atob(base64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

const regions = RegionsPlugin.create();
const ws = WaveSurfer.create({
  container: ui.wave,
  ...(player ? { media: player as unknown as HTMLMediaElement } : {}),
  height: 96,
  waveColor: cssVar("--wave"),
  progressColor: cssVar("--progress"),
  cursorColor: cssVar("--accent"),
  cursorWidth: 2,
  barWidth: 2,
  barGap: 1,
  normalize: true,
  plugins: [regions, TimelinePlugin.create({ height: 14, style: { fontSize: "10px", color: "var(--fg2)" } })],
});
regions.enableDragSelection({ color: cssVar("--region") });


function clock(s: number): string {
  const t = Math.max(0, s);
  const m = Math.floor(t / 60);
  const sec = t - m * 60;
  return `${m}:${sec.toFixed(1).padStart(4, "0")}`;
}

function usd(value: number | null | undefined): string {
  return value == null ? "cost unknown" : `$${Number(value).toFixed(4)}`;
}

function tenths(s: number): number {
  return Math.round(s * 10) / 10;
}

function say(text: string, error = false): void {
  ui.status.textContent = text;
  ui.status.classList.toggle("error", error);
}

function textOf(result: CallResult): string {
  return (result.content ?? [])
    .filter((c) => c.type === "text")
    .map((c) => String(c.text))
    .join(" ");
}

function errorText(e: unknown): string {
  return String((e as Error)?.message ?? e);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// -- theme -----------------------------------------------------------------------------------------

function applyContext(ctx: McpUiHostContext | undefined): void {
  if (!ctx) return;
  if (ctx.theme) applyDocumentTheme(ctx.theme);
  if (ctx.styles?.variables) applyHostStyleVariables(ctx.styles.variables);
  if (ctx.styles?.css?.fonts) applyHostFonts(ctx.styles.css.fonts);
  ws.setOptions({ waveColor: cssVar("--wave"), progressColor: cssVar("--progress"), cursorColor: cssVar("--accent") });
  for (const r of regions.getRegions()) r.setOptions({ color: cssVar("--region") });
}

// -- the server, through the host ------------------------------------------------------------------

const app = new App({ name: "ace-step-player", version: "1.0.0" }, {}, { autoResize: true });

// The first look at a long track makes its preview (seconds; about a minute for an hour of audio).
const CALL_TIMEOUT_MS = 5 * 60_000;

async function call(name: string, args: Json): Promise<CallResult> {
  return (await app.callServerTool({ name, arguments: args }, { timeout: CALL_TIMEOUT_MS })) as CallResult;
}

async function view(trackId: string): Promise<View> {
  const cached = views.get(trackId);
  if (cached) return cached;
  const result = await call("track_view", { track: trackId });
  if (result.isError) throw new Error(textOf(result) || `The server could not show ${trackId}.`);
  const data = result.structuredContent as View;
  const blob = (result.content ?? []).find((c) => c.type === "resource" && c.resource?.blob);
  if (blob && data.preview) {
    data.audio = `preview:${trackId}`;
    if (player) {
      try {
        await decode(data.audio, bytesOf(String(blob.resource.blob)), data.preview.duration_s);
      } catch (e) {
        throw new Error(`The preview of ${trackId} could not be decoded here (${errorText(e)}).`);
      }
    }
  }
  views.set(trackId, data);
  return data;
}

// -- showing a track -------------------------------------------------------------------------------

async function show(trackId: string, keepPosition = false): Promise<boolean> {
  const load = ++loads;
  say("Loading the track…");
  ui.main.setAttribute("aria-busy", "true");
  const next = await view(trackId);
  if (load !== loads) return false; // a newer choice came while this one loaded
  if (!next.audio || !next.preview) throw new Error(`No preview came for ${trackId}.`);
  if (next.audio && player && !decoded.has(next.audio)) {
    views.delete(trackId); // evicted: fetch and decode it again
    return show(trackId, keepPosition);
  }
  closeConfirm("A different version is on screen now; nothing was rendered.");
  // The same moment of the music, read now (the old version played on while this one loaded): the
  // root's time is a version's time minus its offset.
  const from = current;
  const wasPlaying = ws.isPlaying();
  const target = keepPosition && from ? ws.getCurrentTime() - offsetOf(from) + offsetOf(next) : 0;
  current = next;
  renderInfo(next);
  renderVersions();
  regions.clearRegions();
  // Without Web Audio there is nothing to play: the waveform and the edits work from the peaks alone.
  await ws.load(player ? next.audio : "", [next.preview.peaks], next.preview.duration_s);
  if (load !== loads) return false;
  // A regenerated version opens with its window selected: where to listen, and to try again.
  const edit = next.track.edit ?? {};
  if (edit.type === "inpaint" && edit.end_s > edit.start_s) select(Number(edit.start_s), Number(edit.end_s));
  const duration = ws.getDuration();
  ws.setTime(Math.min(Math.max(0, target), Math.max(0, duration - 0.05)));
  if (wasPlaying && keepPosition) await ws.play();
  ui.play.disabled = false;
  ui.wave.setAttribute("aria-valuemax", duration.toFixed(1));
  updateTime();
  updateButtons();
  ui.main.setAttribute("aria-busy", "false");
  say(player ? `Showing ${trackId}.` : `Showing ${trackId}. ${AUDIO_BLOCKED}`, !player);
  return true;
}

function offsetOf(v: View): number {
  const me = v.versions.find((x) => x.current);
  return me ? me.offset_s : 0;
}

function renderInfo(v: View): void {
  const t = v.track;
  const own = String(t.params?.tags ?? "").trim();
  const song = String(v.versions[0]?.tags ?? own).trim(); // the original's tags name the song
  ui.title.textContent = song || t.track_id;
  ui.title.title = t.track_id;
  const me = v.versions.find((x) => x.current);
  const a = t.analysis ?? {};
  const facts = [clock(Number(t.duration_s ?? 0))];
  // A reading the analysis is unsure of says so (a key at confidence 0.04 flips between versions).
  const unsure = (c: unknown) => (c != null && Number(c) < LOW_CONFIDENCE ? ` (unsure, ${Number(c).toFixed(2)})` : "");
  if (a.bpm) facts.push(`${Math.round(a.bpm)} BPM${unsure(a.bpm_confidence)}`);
  if (a.key) facts.push(`${a.key}${unsure(a.key_confidence)}`);
  if (a.lufs != null) facts.push(`${Number(a.lufs).toFixed(1)} LUFS`);
  if (a.true_peak_db != null) facts.push(`${Number(a.true_peak_db).toFixed(1)} dBTP`);
  facts.push(t.offline_preview ? "offline preview, free" : usd(t.cost_usd));
  facts.push(`${me && me.label !== "original" ? me.label : t.endpoint ?? "track"} · ${t.track_id}`);
  ui.facts.textContent = facts.join(" · ");
  // The tags box: a regenerated section's own tags (its window is selected, ready to try again),
  // else the song's; never over what the user typed.
  if (!ui.tags.value || ui.tags.dataset.auto === "1") {
    ui.tags.value = t.edit?.type === "inpaint" && own ? own : song;
    ui.tags.dataset.auto = "1";
  }
}

function renderVersions(): void {
  if (!current) return;
  const lineage = current.versions;
  const known = new Set(lineage.map((v) => v.track_id));
  const all = [...lineage, ...takes.filter((v) => !known.has(v.track_id))];
  const me = current.track.track_id;
  ui.versions.replaceChildren(
    ...all.map((v, i) => {
      const b = document.createElement("button");
      b.type = "button";
      b.setAttribute("role", "radio");
      const selected = v.track_id === me;
      b.setAttribute("aria-checked", String(selected));
      b.tabIndex = selected ? 0 : -1;
      b.dataset.track = v.track_id;
      b.textContent = `${i + 1}. ${v.label}`;
      const small = document.createElement("small");
      small.textContent = `${v.track_id} · ${clock(v.duration_s ?? 0)} · ${current!.track.offline_preview ? "free" : usd(v.cost_usd)}`;
      b.append(small);
      b.addEventListener("click", () => switchTo(v.track_id));
      return b;
    }),
  );
}

async function switchTo(trackId: string): Promise<void> {
  if (!current || trackId === current.track.track_id) return;
  try {
    if (await show(trackId, true)) {
      (ui.versions.querySelector(`[data-track="${trackId}"]`) as HTMLElement | null)?.focus();
    }
  } catch (e) {
    say(errorText(e), true);
  }
}

ui.versions.addEventListener("keydown", (e) => {
  const items = [...ui.versions.querySelectorAll<HTMLButtonElement>('[role="radio"]')];
  const at = items.findIndex((b) => b.getAttribute("aria-checked") === "true");
  const step = e.key === "ArrowRight" || e.key === "ArrowDown" ? 1 : e.key === "ArrowLeft" || e.key === "ArrowUp" ? -1 : 0;
  if (!step || at < 0) return;
  e.preventDefault();
  const next = items[(at + step + items.length) % items.length];
  if (next?.dataset.track) void switchTo(next.dataset.track);
});

// -- transport -------------------------------------------------------------------------------------

function updateTime(): void {
  const now = ws.getCurrentTime();
  const total = ws.getDuration();
  ui.time.textContent = `${clock(now)} / ${clock(total)}`;
  ui.wave.setAttribute("aria-valuenow", now.toFixed(1));
  ui.wave.setAttribute("aria-valuetext", clock(now));
}

ws.on("timeupdate", updateTime);
ws.on("play", () => (ui.play.textContent = "Pause"));
ws.on("pause", () => (ui.play.textContent = "Play"));
ws.on("finish", () => (ui.play.textContent = "Play"));
function togglePlay(): void {
  if (!player) return say(AUDIO_BLOCKED, true);
  void ws.playPause();
  void watchStart();
}
ui.play.addEventListener("click", togglePlay);

/** A host can leave the audio context suspended (no autoplay, no user activation passed to the frame):
 *  the clock would stay at 0:00 with no word. Say so instead. */
async function watchStart(): Promise<void> {
  if (!player || !ws.isPlaying()) return;
  const from = ws.getCurrentTime();
  await sleep(1500);
  if (ws.isPlaying() && ws.getCurrentTime() === from && player.context().state !== "running") {
    ws.pause();
    say("This host did not let the player start audio; click Play again, or allow audio for this app.", true);
  }
}
ui.playSelection.addEventListener("click", () => {
  const r = selection();
  if (r) void r.play(true); // from its start, stopping at its end
});

ui.wave.addEventListener("keydown", (e) => {
  const total = ws.getDuration();
  if (!total) return;
  const now = ws.getCurrentTime();
  if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
    e.preventDefault();
    ws.setTime(Math.min(total, Math.max(0, now + (e.key === "ArrowRight" ? 5 : -5))));
  } else if (e.key === "Home" || e.key === "End") {
    e.preventDefault();
    ws.setTime(e.key === "Home" ? 0 : total);
  }
});

document.addEventListener("keydown", (e) => {
  const typing = e.target instanceof HTMLInputElement;
  if (typing || e.ctrlKey || e.metaKey || e.altKey || !ws.getDuration()) return;
  if (e.key === " " && !(e.target instanceof HTMLButtonElement)) {
    e.preventDefault();
    togglePlay();
  } else if (e.key === "[" || e.key === "]") {
    e.preventDefault();
    // [ puts the start at the playhead, ] the end; the other edge stays unless it would cross over,
    // and then it moves 4 s away.
    const now = tenths(ws.getCurrentTime());
    const sel = selection();
    const total = ws.getDuration();
    if (e.key === "[") select(now, sel && sel.end > now + 0.1 ? sel.end : Math.min(total, now + 4));
    else select(sel && sel.start < now - 0.1 ? sel.start : Math.max(0, now - 4), now);
  }
});

// -- the selection ---------------------------------------------------------------------------------

function selection(): Region | undefined {
  return regions.getRegions()[0];
}

/** The selected window in 0.1 s steps, as the fields show it and as it is sent; null if none. */
function windowOf(): { start: number; end: number } | null {
  const r = selection();
  if (!r) return null;
  const start = Math.max(0, tenths(r.start));
  const end = Math.min(tenths(r.end), Math.floor(ws.getDuration() * 10) / 10); // never past the end
  return end > start ? { start, end } : null;
}

function select(start: number, end: number): void {
  regions.clearRegions();
  if (end - start >= 0.1) regions.addRegion({ start, end, color: cssVar("--region"), drag: true, resize: true });
  syncSelection();
}

function syncSelection(): void {
  const w = windowOf();
  ui.selStart.value = w ? w.start.toFixed(1) : "";
  ui.selEnd.value = w ? w.end.toFixed(1) : "";
  closeConfirm("The selection changed; nothing was rendered.");
  updateButtons();
}

regions.on("region-created", (r) => {
  for (const other of regions.getRegions()) if (other !== r) other.remove();
  syncSelection();
});
regions.on("region-updated", syncSelection);
regions.on("region-removed", syncSelection);

for (const input of [ui.selStart, ui.selEnd]) {
  input.addEventListener("change", () => {
    const start = Number(ui.selStart.value);
    const end = Number(ui.selEnd.value);
    const total = ws.getDuration();
    if (ui.selStart.value === "" || ui.selEnd.value === "") {
      updateButtons(); // half typed: wait for the other field (the buttons stay off meanwhile)
    } else if (end > start && start >= 0 && end <= total + 0.05) {
      select(start, Math.min(end, total));
    } else {
      syncSelection(); // back to the region on screen
    }
  });
  input.addEventListener("input", updateButtons);
}

/** Whether the fields show exactly the window that would be sent (not half edited). */
function fieldsAgree(w: { start: number; end: number } | null): boolean {
  const typed = (v: string) => (v.trim() === "" ? NaN : tenths(Number(v)));
  return !!w && typed(ui.selStart.value) === w.start && typed(ui.selEnd.value) === w.end;
}
ui.tags.addEventListener("input", () => (ui.tags.dataset.auto = "0"));

function updateButtons(): void {
  const w = windowOf();
  const ready = !!current && !busy();
  const tags = !!ui.tags.value.trim();
  const long = !!w && w.end - w.start > MAX_SECTION_S;
  ui.regenerate.disabled = !ready || !w || long || !tags || !fieldsAgree(w);
  const added = (Number(ui.before.value) || 0) + (Number(ui.after.value) || 0);
  ui.extend.disabled = !ready || !tags || added <= 0;
  ui.playSelection.disabled = !w;
  ui.regenerateCost.textContent = long ? `a section is at most ${MAX_SECTION_S} s` : w ? cost("audio_inpaint", w.end - w.start) : "";
  ui.extendCost.textContent = added > 0 ? cost("audio_outpaint", added) : "";
}
for (const input of [ui.tags, ui.before, ui.after]) {
  input.addEventListener("input", () => {
    closeConfirm("The request changed; nothing was rendered.");
    updateButtons();
  });
}

function cost(tool: string, seconds: number): string {
  const rate = current?.usd_per_s?.[tool];
  if (rate == null) return "";
  return rate === 0 ? "free (offline)" : `about $${(rate * seconds).toFixed(4)}`;
}

// -- edits -----------------------------------------------------------------------------------------

ui.regenerate.addEventListener("click", () => {
  const w = windowOf();
  if (!current || !w || !fieldsAgree(w) || busy()) return;
  // The window the user reads in the fields (0.1 s steps) is the window sent.
  void edit(
    "audio_inpaint",
    { audio: current.track.track_id, tags: ui.tags.value.trim(), start_time: w.start, end_time: w.end },
    ui.regenerate,
  );
});

ui.extend.addEventListener("click", () => {
  if (!current || busy()) return;
  void edit(
    "audio_outpaint",
    {
      audio: current.track.track_id,
      tags: ui.tags.value.trim(),
      extend_before_duration: Number(ui.before.value) || 0,
      extend_after_duration: Number(ui.after.value) || 0,
    },
    ui.extend,
  );
});

async function listJobs(): Promise<Json[] | null> {
  try {
    const listed = await call("music_job", { action: "list", limit: 20 });
    return listed.isError ? null : ((listed.structuredContent?.jobs ?? []) as Json[]);
  } catch {
    return null;
  }
}

/** Whether a listed job is the edit these arguments ask for (same tool, track and window). */
function isThisEdit(job: Json, tool: string, args: Json): boolean {
  if (job.endpoint !== tool || job.parent_track_id !== args.audio || !job.window) return false;
  const near = (a: unknown, b: unknown) => Math.abs(Number(a) - Number(b)) < 0.051;
  return tool === "audio_inpaint"
    ? near(job.window.start_s, args.start_time) && near(job.window.end_s, args.end_time)
    : near(job.window.before_s, args.extend_before_duration) && near(job.window.after_s, args.extend_after_duration);
}

async function edit(tool: string, args: Json, opener: HTMLButtonElement): Promise<void> {
  following++;
  updateButtons();
  say(tool === "audio_inpaint" ? "Regenerating the section…" : "Extending the track…");
  try {
    const before = await listJobs(); // to find this job again if the answer to its submit is lost
    let result: CallResult;
    try {
      // wait_s 0: the call returns the job at once and the player follows it, showing its progress.
      result = await call(tool, { ...args, wait_s: 0 });
    } catch (e) {
      await recover(tool, args, before, e);
      return;
    }
    if (result.isError) {
      const text = textOf(result);
      const code = /confirm_spend: '(cf_[0-9a-f]+)'/.exec(text)?.[1];
      if (code) askToConfirm(text, tool, args, code, opener);
      else say(text, true);
      return;
    }
    await handle(result);
  } catch (e) {
    say(errorText(e), true);
  } finally {
    following--;
    if (!following) {
      ui.progress.hidden = true;
      ui.cancelJob.hidden = true;
    }
    updateButtons();
  }
}

// The submit's answer was lost (the host or the connection failed). The server writes every job
// down before it submits, so its job list says whether this edit started: follow it if so. A job
// can appear a little late (the source is read and the spend checked first): look for a minute.
async function recover(tool: string, args: Json, before: Json[] | null, cause: unknown): Promise<void> {
  const known = new Set((before ?? []).map((j) => String(j.job_id)));
  const until = Date.now() + 60_000;
  for (let failures = 0; ; ) {
    const jobs = await listJobs();
    if (jobs === null) {
      if (++failures > 8) {
        say(
          `The server cannot be reached (${errorText(cause)}). The edit may have started: before trying again, ` +
            "check music_job's list, so nothing is paid twice.",
          true,
        );
        return;
      }
      say(`No answer from the server (${errorText(cause)}); asking again in ${Math.min(30, 2 ** failures)} s…`, true);
      await sleep(1000 * Math.min(30, 2 ** failures));
      continue;
    }
    failures = 0;
    const mine = jobs.find((j) => isThisEdit(j, tool, args) && !known.has(String(j.job_id)));
    if (mine) {
      await handle({ structuredContent: { status: "running", job_id: mine.job_id } });
      return;
    }
    if (Date.now() > until) {
      say(`No answer came (${errorText(cause)}), and the server lists no such job after a minute: nothing was started.`, true);
      return;
    }
    say(`No answer came (${errorText(cause)}); looking for the job in the server's list…`);
    await sleep(3000);
  }
}

// The person at the player approves a charge above the operator's threshold here; the model never does.
let confirmOpener: HTMLButtonElement | null = null;

function askToConfirm(text: string, tool: string, args: Json, code: string, opener: HTMLButtonElement): void {
  const what =
    tool === "audio_inpaint"
      ? `regenerate ${clock(args.start_time)}–${clock(args.end_time)} of ${args.audio}`
      : `extend ${args.audio} by ${args.extend_before_duration} s before and ${args.extend_after_duration} s after`;
  ui.confirmText.textContent = `${text.replace(/;? ?ask the user.*$/, ".")} It would ${what}, with the tags "${args.tags}".`;
  confirmOpen = true;
  confirmOpener = opener;
  ui.confirm.hidden = false;
  updateButtons();
  ui.confirmYes.focus();
  ui.confirmYes.onclick = () => {
    closeConfirm("Approved.");
    void edit(tool, { ...args, confirm_spend: code }, opener);
  };
  ui.confirmNo.onclick = () => closeConfirm("Nothing was rendered.");
}

function closeConfirm(why: string): void {
  if (!confirmOpen) return;
  confirmOpen = false;
  ui.confirm.hidden = true;
  say(why);
  updateButtons();
  confirmOpener?.focus();
  confirmOpener = null;
}

ui.confirm.addEventListener("keydown", (e) => {
  if (e.key === "Escape") {
    e.preventDefault();
    closeConfirm("Nothing was rendered.");
  }
});

ui.cancelJob.addEventListener("click", async () => {
  if (!followed) return;
  ui.cancelJob.disabled = true;
  const answer = await call("music_job", { action: "cancel", job_id: followed }).catch((e) => ({
    content: [{ type: "text", text: errorText(e) }],
  }));
  say(textOf(answer as CallResult));
});

const OPEN_STATES = new Set(["pending", "submitted"]);

async function follow(jobId: string, first: Json): Promise<Json | null> {
  let s = first;
  let failures = 0;
  followed = jobId;
  ui.cancelJob.hidden = false;
  ui.cancelJob.disabled = false;
  while (s.status === "running") {
    const elapsed = Number(s.elapsed_s ?? 0);
    const expected = Number(s.expected_s ?? 0);
    const where = s.queue_position ? `queued (position ${s.queue_position})` : "rendering";
    if (!failures) say(`Job ${jobId} ${where}: ${Math.round(elapsed)} s${expected ? ` of about ${Math.round(expected)} s` : ""}.`);
    ui.progress.hidden = false;
    if (expected > 0) ui.progress.value = Math.min(0.99, elapsed / expected);
    else ui.progress.removeAttribute("value"); // indeterminate
    await sleep(failures ? 1000 * Math.min(30, 2 ** failures) : 1000);
    let next: CallResult | null = null;
    let problem = "";
    try {
      next = await call("music_job", { action: "status", job_id: jobId });
      if (next.isError) problem = textOf(next);
    } catch (e) {
      problem = errorText(e);
    }
    if (next && !next.isError) {
      failures = 0;
      s = next.structuredContent ?? {};
      continue;
    }
    // An error answer may be final (the job failed or was cancelled) or passing (another process
    // drives it just now, a fault in the server): the job list says which. Whatever happens here the
    // job goes on in the server: keep following it while it is open, never submit it again.
    const listed = (await listJobs())?.find((j) => j.job_id === jobId);
    if (next && listed && !OPEN_STATES.has(String(listed.state))) {
      say(problem || `Job ${jobId} ended: ${listed.state}.`, true);
      return null;
    }
    if (++failures > 20) {
      say(`Stopped following job ${jobId} (${problem}); it goes on in the server, and music_job fetches its track.`, true);
      return null;
    }
    say(`Lost touch with job ${jobId} (${problem}); it goes on in the server. Asking again…`, true);
  }
  return s;
}

async function handle(result: CallResult): Promise<void> {
  if (result.resultType === "input_required" || (result as Json).inputRequests) {
    say("The server needs an answer from you in the chat (for example to approve a charge); answer it there.");
    return;
  }
  if (result.isError) {
    say(textOf(result) || "The call failed.", true);
    return;
  }
  let s = result.structuredContent ?? {};
  if (s.status === "plan") {
    say(textOf(result) || "A plan, not a render: nothing to play yet.");
    return;
  }
  if (s.status === "running" && s.job_id) {
    const done = await follow(String(s.job_id), s);
    if (!done) return;
    s = done;
  }
  if (!s.track_id) {
    say(textOf(result) || "No track in this result.", true);
    return;
  }
  if (Array.isArray(s.takes)) {
    // A call with takes: each is a version to compare (the best match first); kept across edits.
    takes = s.takes
      .filter((t: Json) => t.track_id)
      .map((t: Json, i: number) => ({
        track_id: String(t.track_id),
        label: `take ${i + 1}`,
        offset_s: 0,
        duration_s: t.duration_s ?? null,
        cost_usd: t.cost_usd ?? null,
        current: false,
      }));
  }
  const known = current ? current.versions.map((v) => v.track_id) : [];
  // A new version of the lineage on screen: forget the cached views so its list shows the new one.
  for (const id of known) views.delete(id);
  const shown = await show(String(s.track_id), known.length > 0);
  if (shown && known.length > 0) say(`New version ${s.track_id} is ready.`);
}

// -- start -----------------------------------------------------------------------------------------

app.ontoolinput = () => say("Rendering…");
app.ontoolresult = (params) => {
  following++; // a job the call left running is followed before anything else can start
  updateButtons();
  void handle(params as CallResult)
    .catch((e) => say(errorText(e), true))
    .finally(() => {
      following--;
      if (!following) {
        ui.progress.hidden = true;
        ui.cancelJob.hidden = true;
      }
      updateButtons();
    });
};
app.ontoolcancelled = () => say("The call was cancelled.");
app.onhostcontextchanged = (ctx) => applyContext(ctx as McpUiHostContext);
app.onteardown = async () => {
  ws.destroy();
  return {};
};

app
  .connect()
  .then(() => applyContext(app.getHostContext()))
  .catch((e) => say(`Could not connect to the host: ${errorText(e)}`, true));
