/** Where a run says what it does: the action's log, the CLI's stderr, a test's recorder. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
}
