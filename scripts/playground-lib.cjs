'use strict';
/**
 * Starts the bot and the Microsoft 365 Agents Playground on loopback, and stops both again.
 * Used by scripts/playground.mjs (interactive) and meant for browser tests, hence CommonJS with types in
 * playground-lib.d.cts: jest (ts-jest, no ESM mode) can require it.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const LOOPBACK = '127.0.0.1';
const BIND_LOOPBACK = path.join(__dirname, 'bind-loopback.cjs');

function playgroundCli() {
  const pkgFile = require.resolve('@microsoft/m365agentsplayground/package.json', { paths: [ROOT] });
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.agentsplayground;
  return path.join(path.dirname(pkgFile), bin);
}

/** The Playground silently moves to a random port when its port is taken; fail clearly instead. */
function assertPortFree(port, what) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () => reject(new Error(`Poort ${port} (${what}) is al in gebruik / port ${port} (${what}) is already in use`)));
    probe.listen(port, LOOPBACK, () => probe.close(() => resolve()));
  });
}

function httpStatus(url, timeoutMs) {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: timeoutMs }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(undefined));
  });
}

async function waitForStatus(url, accept, { timeoutMs, exited, what, signal }) {
  const deadline = Date.now() + timeoutMs;
  let gone;
  exited.then((info) => {
    gone = info;
  });
  while (Date.now() < deadline) {
    if (signal && signal.aborted) throw new Error('Afgebroken / aborted');
    if (gone) throw new Error(`${what} stopte voordat ${url} antwoordde / exited early (code ${gone.code}, signal ${gone.signal})`);
    const status = await httpStatus(url, 1000);
    if (status !== undefined && accept(status)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} antwoordde niet binnen ${timeoutMs} ms op ${url} / did not answer in time`);
}

function prefixLines(stream, prefix, write) {
  let buffered = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() || '';
    for (const line of lines) write(`${prefix} ${line}`);
  });
  stream.on('end', () => {
    if (buffered) write(`${prefix} ${buffered}`);
  });
}

/**
 * Spawns in its own process group, so stopping also reaches anything the child started (npm-style wrappers,
 * workers) and a Ctrl-C in the terminal reaches the children only through stop(), in a known order.
 */
function startChild(name, command, args, options, log) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  prefixLines(child.stdout, `[${name}]`, log);
  prefixLines(child.stderr, `[${name}]`, log);
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ name, code, signal }));
    child.once('error', (error) => {
      log(`[${name}] kon niet starten / failed to start: ${error.message}`);
      resolve({ name, code: null, signal: null });
    });
  });
  return { name, child, exited };
}

async function stopChild(proc, graceMs) {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null || proc.child.pid === undefined) return;
  const signalGroup = (signal) => {
    try {
      process.kill(-proc.child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  signalGroup('SIGTERM');
  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), graceMs);
  });
  const result = await Promise.race([proc.exited, timedOut]);
  clearTimeout(timer);
  if (result === 'timeout') {
    signalGroup('SIGKILL');
    await proc.exited;
  }
}

/**
 * Starts `node <botScript>` (NODE_ENV=development, HOST=127.0.0.1, PORT=botPort), waits for /healthz, then starts
 * the Playground bound to 127.0.0.1 and waits until it serves its page.
 */
async function startBotAndPlayground(options = {}) {
  const botPort = options.botPort ?? 3978;
  const playgroundPort = options.playgroundPort ?? 56150;
  const botScript = path.resolve(ROOT, options.botScript ?? path.join('dist', 'src', 'index.js'));
  const log = options.log ?? ((line) => console.log(line));
  const timeoutMs = options.timeoutMs ?? 60000;
  const graceMs = options.graceMs ?? 5000;
  const signal = options.signal;

  if (!fs.existsSync(botScript)) {
    throw new Error(`${path.relative(ROOT, botScript)} bestaat niet; eerst "npm run build" / does not exist; build first`);
  }
  await assertPortFree(botPort, 'bot');
  await assertPortFree(playgroundPort, 'Playground');

  const started = [];
  let stopping;
  const stop = () => {
    // Playground first: it would otherwise log connection errors for a bot that is already gone.
    stopping = stopping || (async () => {
      for (const proc of [...started].reverse()) await stopChild(proc, graceMs);
    })();
    return stopping;
  };

  try {
    const bot = startChild(
      'bot',
      process.execPath,
      [botScript, ...(options.botArgs ?? [])],
      {
        cwd: ROOT,
        // TEAMS_SERVICE_URL: where the bot opens 1:1 chats for reminders before anyone has talked to it.
        env: {
          TEAMS_SERVICE_URL: `http://${LOOPBACK}:${playgroundPort}/_connector`,
          ...process.env,
          ...options.botEnv,
          NODE_ENV: 'development',
          HOST: LOOPBACK,
          PORT: String(botPort),
        },
      },
      log,
    );
    started.push(bot);
    const botUrl = `http://${LOOPBACK}:${botPort}`;
    await waitForStatus(`${botUrl}/healthz`, (s) => s === 200, { timeoutMs, exited: bot.exited, what: 'De bot / the bot', signal });

    const playgroundUrl = `http://${LOOPBACK}:${playgroundPort}`;
    const nodeOptions = [process.env.NODE_OPTIONS, `--require ${JSON.stringify(BIND_LOOPBACK)}`].filter(Boolean).join(' ');
    const playground = startChild(
      'playground',
      process.execPath,
      [
        playgroundCli(),
        'start',
        '-p',
        String(playgroundPort),
        '-e',
        `${botUrl}/api/messages`,
        // The default service URL says "localhost", which may resolve to ::1, where nothing listens now.
        '--service-url',
        `${playgroundUrl}/_connector`,
        '--disable-telemetry',
      ],
      {
        cwd: options.playgroundCwd ?? ROOT,
        env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', NODE_OPTIONS: nodeOptions },
      },
      log,
    );
    started.push(playground);
    await waitForStatus(playgroundUrl, (s) => s < 500, { timeoutMs, exited: playground.exited, what: 'De Playground / the Playground', signal });

    return {
      botUrl,
      playgroundUrl,
      /** Resolves when either child exits on its own (or after stop()). */
      exited: Promise.race([bot.exited, playground.exited]),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

module.exports = { startBotAndPlayground, playgroundCli, BIND_LOOPBACK };
