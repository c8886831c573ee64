/** What every command module is given and must be: the I/O runCli hands over, and the command's shape. */
export interface CliIo {
  /** Reads a file path, or standard input for `-`. Throws on failure. */
  readInput(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** `render --out DIR`: writes a file, creating its folder. Absent (with fileExists): --out is not available. */
  writeFile?(path: string, text: string): Promise<void>;
  fileExists?(path: string): Promise<boolean>;
}

/** What `verify` and `token` may be given beyond CliIo: tests inject a fetch; the binary leaves both out. */
export interface VerifyIo extends CliIo {
  /** The fetch the checks use; Node's global fetch when absent. */
  fetch?: typeof fetch;
  /** Whether standard output is a terminal (a "running" line per check); process.stdout.isTTY when absent. */
  isTTY?: boolean;
  /** The environment `okta` reads OKTA_API_TOKEN from; process.env when absent. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Asks on the terminal without echoing (the API token); absent when standard input is not a terminal. */
  promptSecret?(question: string): Promise<string>;
}

export interface Command {
  /** For `om-okta --help`, `om-okta COMMAND --help` and usage errors. */
  help: {
    usage: string;
    summary: string;
    /** Option name -> what it does; every command also takes --help. */
    options: Readonly<Record<string, string>>;
  };
  /** Throws UsageError for a mistake on the command line and InputError for input it cannot read. */
  run(args: readonly string[], io: VerifyIo): Promise<number>;
}
