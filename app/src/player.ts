// The ace-step-mcp player: an MCP App (ui:// resource) rendered by the host in a sandboxed iframe.
//
// It gets the tool result that opened it (a track, a running job, or takes), asks the server for the
// track's view through the host's bridge (`track_view`: preview MP3, peaks, analysis, versions), and
// lets the user play, switch versions at the same moment of the music, select a region and have it
// regenerated (`audio_inpaint`) or the track extended (`audio_outpaint`). Every server call goes
// through the host (`tools/call`), so it works over stdio, and the iframe fetches nothing itself.
import {
  App,
  applyDocumentTheme,
  applyHostFonts,
  applyHostStyleVariables,
  type McpUiHostContext,
} from "@modelcontextprotocol/ext-apps";
import WaveSurfer from "wavesurfer.js";
import RegionsPlugin, { type Region } from "wavesurfer.js/dist/plugins/regions.esm.js";
import TimelinePlugin from "wavesurfer.js/dist/plugins/timeline.esm.js";

type Json = Record<string, any>;
type CallResult = { content?: Json[]; structuredContent?: Json; isError?: boolean };

interface Version {
  track_id: string;
  label: string;
  offset_s: number;
  duration_s: number | null;
  cost_usd: number | null;
  current: boolean;
  endpoint?: string | null;
}

interface View {
  track: Json;
  versions: Version[];
  preview?: { duration_s: number; peaks: number[]; kbps: number };
  audio?: string; // data: URI of the preview
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const ui = {
  main: $("player"),
  title: $("title"),
  facts: $("facts"),
  wave: $("wave"),
  play: $<HTMLButtonElement>("play"),
  time: $("time"),
  versions: $("versions"),
  selStart: $<HTMLInputElement>("sel-start"),
  selEnd: $<HTMLInputElement>("sel-end"),
  tags: $<HTMLInputElement>("tags"),
  regenerate: $<HTMLButtonElement>("regenerate"),
  before: $<HTMLInputElement>("before"),
  after: $<HTMLInputElement>("after"),
  extend: $<HTMLButtonElement>("extend"),
  status: $("status"),
  progress: $<HTMLProgressElement>("progress"),
  confirm: $("confirm"),
  confirmText: $("confirm-text"),
  confirmYes: $<HTMLButtonElement>("confirm-yes"),
  confirmNo: $<HTMLButtonElement>("confirm-no"),
};

const MAX_SECTION_S = 240; // the edit endpoints' window
const views = new Map<string, View>(); // track id -> what track_view returned
let current: View | null = null;
let extraVersions: Version[] = []; // takes of the call that opened the player (siblings, not lineage)
let busy = false;

const regions = RegionsPlugin.create();
const ws = WaveSurfer.create({
  container: ui.wave,
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

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#888";
}

function clock(s: number): string {
  const t = Math.max(0, s);
  const m = Math.floor(t / 60);
  const sec = t - m * 60;
  return `${m}:${sec.toFixed(1).padStart(4, "0")}`;
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
  if (blob) data.audio = `data:${blob.resource.mimeType || "audio/mpeg"};base64,${blob.resource.blob}`;
  views.set(trackId, data);
  return data;
}

// -- showing a track -------------------------------------------------------------------------------

async function show(trackId: string, keepPosition = false): Promise<void> {
  const from = current;
  const position = ws.getCurrentTime();
  const wasPlaying = ws.isPlaying();
  say("Loading the track…");
  ui.main.setAttribute("aria-busy", "true");
  const next = await view(trackId);
  if (!next.audio || !next.preview) throw new Error(`No preview came for ${trackId}.`);
  current = next;
  renderInfo(next);
  renderVersions();
  // The same moment of the music: the root's time is version time minus its offset.
  const target = keepPosition && from ? position - offsetOf(from) + offsetOf(next) : 0;
  regions.clearRegions();
  await ws.load(next.audio, [next.preview.peaks], next.preview.duration_s);
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
  say(`Showing ${trackId}.`);
}

function offsetOf(v: View): number {
  const me = v.versions.find((x) => x.current);
  return me ? me.offset_s : 0;
}

function renderInfo(v: View): void {
  const t = v.track;
  const tags = String(t.params?.tags ?? "").trim();
  ui.title.textContent = tags || t.track_id;
  ui.title.title = t.track_id;
  const a = t.analysis ?? {};
  const facts = [clock(Number(t.duration_s ?? 0))];
  if (a.bpm) facts.push(`${Math.round(a.bpm)} BPM`);
  if (a.key) facts.push(String(a.key));
  if (a.lufs != null) facts.push(`${Number(a.lufs).toFixed(1)} LUFS`);
  if (a.true_peak_db != null) facts.push(`${Number(a.true_peak_db).toFixed(1)} dBTP`);
  facts.push(t.offline_preview ? "offline preview, free" : `$${Number(t.cost_usd ?? 0).toFixed(4)}`);
  facts.push(`${t.endpoint ?? "track"} · ${t.track_id}`);
  ui.facts.textContent = facts.join(" · ");
  if (!ui.tags.value || ui.tags.dataset.auto === "1") {
    ui.tags.value = tags;
    ui.tags.dataset.auto = "1";
  }
}

function renderVersions(): void {
  if (!current) return;
  const lineage = current.versions;
  const known = new Set(lineage.map((v) => v.track_id));
  const all = [...lineage, ...extraVersions.filter((v) => !known.has(v.track_id))];
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
      small.textContent = `${v.track_id} · ${clock(v.duration_s ?? 0)}`;
      b.append(small);
      b.addEventListener("click", () => switchTo(v.track_id));
      return b;
    }),
  );
}

async function switchTo(trackId: string): Promise<void> {
  if (!current || trackId === current.track.track_id) return;
  try {
    await show(trackId, true);
    (ui.versions.querySelector(`[data-track="${trackId}"]`) as HTMLElement | null)?.focus();
  } catch (e) {
    say(String((e as Error).message ?? e), true);
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
ui.play.addEventListener("click", () => void ws.playPause());

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
    void ws.playPause();
  } else if (e.key === "[" || e.key === "]") {
    e.preventDefault();
    // [ puts the start at the playhead, ] the end; the other edge stays unless it would cross over,
    // and then it moves 4 s away.
    const now = Math.round(ws.getCurrentTime() * 10) / 10;
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

function select(start: number, end: number): void {
  regions.clearRegions();
  if (end - start >= 0.1) regions.addRegion({ start, end, color: cssVar("--region"), drag: true, resize: true });
  syncSelection();
}

function syncSelection(): void {
  const r = selection();
  ui.selStart.value = r ? r.start.toFixed(1) : "";
  ui.selEnd.value = r ? r.end.toFixed(1) : "";
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
    if (ui.selStart.value !== "" && ui.selEnd.value !== "" && end > start) select(start, end);
  });
}
ui.tags.addEventListener("input", () => (ui.tags.dataset.auto = "0"));

function updateButtons(): void {
  const r = selection();
  const ready = !!current && !busy;
  ui.regenerate.disabled = !ready || !r || r.end - r.start > MAX_SECTION_S || !ui.tags.value.trim();
  ui.extend.disabled = !ready || !ui.tags.value.trim() || Number(ui.before.value) + Number(ui.after.value) <= 0;
  ui.regenerate.title = r && r.end - r.start > MAX_SECTION_S ? `A section is at most ${MAX_SECTION_S} s.` : "";
}
for (const input of [ui.tags, ui.before, ui.after]) input.addEventListener("input", updateButtons);

// -- edits -----------------------------------------------------------------------------------------

ui.regenerate.addEventListener("click", () => {
  const r = selection();
  if (!current || !r) return;
  // The window the user reads in the fields (0.1 s steps) is the window sent.
  void edit("audio_inpaint", {
    audio: current.track.track_id,
    tags: ui.tags.value.trim(),
    start_time: Number(ui.selStart.value),
    end_time: Number(ui.selEnd.value),
  });
});

ui.extend.addEventListener("click", () => {
  if (!current) return;
  void edit("audio_outpaint", {
    audio: current.track.track_id,
    tags: ui.tags.value.trim(),
    extend_before_duration: Number(ui.before.value) || 0,
    extend_after_duration: Number(ui.after.value) || 0,
  });
});

async function edit(tool: string, args: Json): Promise<void> {
  busy = true;
  updateButtons();
  say(tool === "audio_inpaint" ? "Regenerating the section…" : "Extending the track…");
  try {
    // wait_s 0: the call returns the job at once and the app follows it, showing its progress.
    const result = await call(tool, { ...args, wait_s: 0 });
    if (result.isError) {
      const text = textOf(result);
      const code = /confirm_spend: '(cf_[0-9a-f]+)'/.exec(text)?.[1];
      if (code) return askToConfirm(text, tool, args, code);
      say(text, true);
      return;
    }
    await handle(result);
  } catch (e) {
    say(`The host could not reach the server: ${String((e as Error).message ?? e)}`, true);
  } finally {
    busy = false;
    ui.progress.hidden = true;
    updateButtons();
  }
}

// The person at the player approves a charge above the operator's threshold here; the model never does.
function askToConfirm(text: string, tool: string, args: Json, code: string): void {
  ui.confirmText.textContent = text.replace(/;? ?ask the user.*$/, ".");
  ui.confirm.hidden = false;
  ui.confirmYes.focus();
  ui.confirmYes.onclick = () => {
    ui.confirm.hidden = true;
    void edit(tool, { ...args, confirm_spend: code });
  };
  ui.confirmNo.onclick = () => {
    ui.confirm.hidden = true;
    say("Nothing was rendered.");
  };
}

async function follow(jobId: string, first: Json): Promise<Json | null> {
  let s = first;
  while (s.status === "running") {
    const elapsed = Number(s.elapsed_s ?? 0);
    const expected = Number(s.expected_s ?? 0);
    const where = s.queue_position ? `queued (position ${s.queue_position})` : "rendering";
    say(`Job ${jobId} ${where}: ${Math.round(elapsed)} s${expected ? ` of about ${Math.round(expected)} s` : ""}.`);
    ui.progress.hidden = false;
    if (expected > 0) ui.progress.value = Math.min(0.99, elapsed / expected);
    else ui.progress.removeAttribute("value"); // indeterminate
    await new Promise((r) => setTimeout(r, 1000));
    const next = await call("music_job", { action: "status", job_id: jobId });
    if (next.isError) {
      ui.progress.hidden = true;
      say(textOf(next), true);
      return null;
    }
    s = next.structuredContent ?? {};
  }
  ui.progress.hidden = true;
  return s;
}

async function handle(result: CallResult): Promise<void> {
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
  extraVersions = (Array.isArray(s.takes) ? s.takes : [])
    .filter((t: Json) => t.track_id)
    .map((t: Json, i: number) => ({
      track_id: String(t.track_id),
      label: `take ${i + 1}`,
      offset_s: 0,
      duration_s: t.duration_s ?? null,
      cost_usd: t.cost_usd ?? null,
      current: false,
    }));
  const known = current ? [...current.versions.map((v) => v.track_id)] : [];
  // A new version of the lineage on screen: forget the cached views so its list shows the new one.
  for (const id of known) views.delete(id);
  await show(String(s.track_id), known.length > 0);
  if (known.length > 0) say(`New version ${s.track_id} is ready.`);
}

// -- start -----------------------------------------------------------------------------------------

app.ontoolinput = () => say("Rendering…");
app.ontoolresult = (params) => {
  void handle(params as CallResult).catch((e) => say(String((e as Error).message ?? e), true));
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
  .catch((e) => say(`Could not connect to the host: ${String((e as Error).message ?? e)}`, true));
