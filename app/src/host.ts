// The browser test's host: a minimal MCP Apps host built on the ext-apps `AppBridge`, the way a chat
// client embeds an app. It connects to the real server over streamable HTTP (`?server=`, another origin
// than this page's, as ext-apps' reference host does: CORS), runs a tool, and when the tool names a
// ui:// resource it renders that resource in a sandboxed iframe under the reference host's CSP (the
// spec's default: no media, no network), relays the app's `tools/call` requests to the server, and
// records them for the test to read (`window.host`). `?apps=0` connects without advertising the Apps
// extension (as that host's version does); `?audio=0` renders the app in a frame with no Web Audio.
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { AppBridge, PostMessageTransport, getToolUiResourceUri } from "@modelcontextprotocol/ext-apps/app-bridge";

type Json = Record<string, any>;

// The spec's default for a resource that declares no CSP domains, as ext-apps' reference host applies
// it: no network at all, and no media-src (so neither data: nor blob: audio).
const DEFAULT_CSP =
  "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; font-src 'self' data:; connect-src 'none'; frame-src 'none'; base-uri 'self'";

const params = new URLSearchParams(location.search);
const server = params.get("server") ?? location.origin;
const advertiseApps = params.get("apps") !== "0";
const noAudio = params.get("audio") === "0";
const theme = params.get("theme") === "dark" ? "dark" : "light";
document.body.classList.toggle("dark", theme === "dark");

const appCalls: Json[] = []; // every tools/call the app made through this host
// Faults the test asks for, to see the app survive a host or connection that fails: "drop-answer"
// runs the call on the server and then loses its answer; "refuse" fails it without reaching the server.
const faults: { name: string; action?: string; mode: "drop-answer" | "refuse"; count: number }[] = [];
let client: Client | null = null;
let tools: Json[] = [];

async function connect(): Promise<void> {
  client = new Client(
    { name: "ace-step-test-host", version: "1.0.0" },
    {
      capabilities: (advertiseApps
        ? { extensions: { "io.modelcontextprotocol/ui": { mimeTypes: ["text/html;profile=mcp-app"] } } }
        : {}) as Json,
    },
  );
  const headers: Record<string, string> = {};
  const token = params.get("token");
  if (token) headers.Authorization = `Bearer ${token}`;
  await client.connect(new StreamableHTTPClientTransport(new URL("/mcp", server), { requestInit: { headers } }));
  tools = ((await client.listTools()).tools ?? []) as Json[];
}

function withCsp(html: string): string {
  // A frame without Web Audio: what a host that gives its apps no audio leaves them.
  const muted = noAudio ? "<script>window.AudioContext = undefined; window.OfflineAudioContext = undefined;</script>" : "";
  const meta = `<meta http-equiv="Content-Security-Policy" content="${DEFAULT_CSP}">${muted}`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => `${m}${meta}`) : meta + html;
}

async function open(toolName: string, args: Json, result: Json): Promise<void> {
  if (!client) throw new Error("not connected");
  const tool = tools.find((t) => t.name === toolName);
  const uri = tool ? getToolUiResourceUri(tool) : undefined;
  if (!uri) throw new Error(`${toolName} names no ui:// resource`);
  const read = await client.readResource({ uri });
  const html = String((read.contents[0] as Json).text ?? "");

  const box = document.getElementById("frame-box")!;
  box.replaceChildren();
  const iframe = document.createElement("iframe");
  iframe.setAttribute("sandbox", "allow-scripts");
  iframe.setAttribute("title", "ACE Step player");
  box.append(iframe);

  const bridge = new AppBridge(
    null,
    { name: "ace-step-test-host", version: "1.0.0" },
    { serverTools: {}, serverResources: {}, logging: {} },
    { hostContext: { theme, displayMode: "inline", platform: "web" } as Json },
  );
  bridge.oncalltool = async (p) => {
    appCalls.push({ name: p.name, arguments: p.arguments ?? {} });
    const fault = faults.find(
      (f) => f.count > 0 && f.name === p.name && (!f.action || f.action === (p.arguments as Json)?.action),
    );
    if (fault) {
      fault.count--;
      if (fault.mode === "drop-answer") await client!.callTool(p);
      throw new Error(`test host: ${fault.mode} (${p.name})`);
    }
    return (await client!.callTool(p)) as any;
  };
  bridge.onreadresource = async (p) => (await client!.readResource(p)) as any;
  bridge.onsizechange = ({ height }) => {
    if (height) iframe.style.height = `${Math.min(900, Math.ceil(height) + 4)}px`;
  };
  const initialized = new Promise<void>((r) => (bridge.oninitialized = () => r()));
  // Listen before the app loads: its ui/initialize is sent as soon as its script runs.
  await bridge.connect(new PostMessageTransport(iframe.contentWindow!, iframe.contentWindow!));
  iframe.srcdoc = withCsp(html);
  // An app that fails to start must fail the test, not hang it.
  await Promise.race([
    initialized,
    new Promise((_, reject) => setTimeout(() => reject(new Error("the app did not initialize in 20 s")), 20_000)),
  ]);
  await bridge.sendToolInput({ arguments: args });
  await bridge.sendToolResult(result as any);
}

async function run(toolName: string, args: Json): Promise<Json> {
  if (!client) await connect();
  const result = (await client!.callTool({ name: toolName, arguments: args })) as Json;
  if (!result.isError) await open(toolName, args, result);
  return result;
}

function fault(name: string, mode: "drop-answer" | "refuse", count: number, action?: string): void {
  faults.push({ name, mode, count, action });
}

(window as any).host = { connect, run, appCalls, fault, tools: () => tools };
