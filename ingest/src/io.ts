// Output of the CLI commands, passed in so tests can capture it.

export interface IO {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Whether stderr is a terminal (progress is redrawn in place only then). */
  isTTY?: boolean;
}
