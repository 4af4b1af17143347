export interface StartCommand {
  /** Environment settings the script puts before `node` (`NAME=value`). */
  env: Record<string, string>;
  nodeArgs: string[];
  /** The built entry file, relative to the repository. */
  entry: string;
}

export function npmStartCommand(root: string): StartCommand;
