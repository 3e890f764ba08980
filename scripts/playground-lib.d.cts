/** Types for playground-lib.cjs (kept by hand; the implementation is plain CommonJS so jest can load it). */
export interface ChildExit {
  readonly name: 'bot' | 'playground';
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface PlaygroundOptions {
  /** Default 3978. */
  botPort?: number;
  /** Default 56150. */
  playgroundPort?: number;
  /** Script run with node, relative to the repo root. Default dist/src/index.js. */
  botScript?: string;
  /** Arguments for the bot script, e.g. ["--demo"]. */
  botArgs?: readonly string[];
  /** Extra environment for the bot; NODE_ENV, HOST and PORT are always set by the launcher. */
  botEnv?: Readonly<Record<string, string>>;
  /** Working folder of the Playground, where it looks for .m365agentsplayground.yml. Default: repo root. */
  playgroundCwd?: string;
  /** Receives every output line of both children, prefixed [bot] / [playground]. Default console.log. */
  log?: (line: string) => void;
  /** How long to wait for each child to answer. Default 60000. */
  timeoutMs?: number;
  /** How long stop() waits after SIGTERM before SIGKILL. Default 5000. */
  graceMs?: number;
  /** Aborting while starting stops whatever already started and rejects. */
  signal?: AbortSignal;
}

export interface PlaygroundSession {
  /** http://127.0.0.1:<botPort> */
  readonly botUrl: string;
  /** http://127.0.0.1:<playgroundPort> */
  readonly playgroundUrl: string;
  /** Resolves when either child exits on its own (or after stop()). */
  readonly exited: Promise<ChildExit>;
  /** Stops the Playground, then the bot; safe to call more than once. */
  stop(): Promise<void>;
}

export declare function startBotAndPlayground(options?: PlaygroundOptions): Promise<PlaygroundSession>;
export declare function playgroundCli(): string;
export declare const BIND_LOOPBACK: string;
