import * as core from '@actions/core';
import { maskSecrets } from '../core/mask';
import type { Logger } from '../driver/types';

// Line breaks in every form a reader may honour (CR, LF, NEL, LINE and PARAGRAPH SEPARATOR) and
// the other control characters (ESC of terminal colours, …) but tab.
// eslint-disable-next-line no-control-regex
const BREAKS_RE = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_RE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * One log line from a message that may quote text from outside (oar's output, a comment, an
 * error of another system): secrets masked, line breaks turned into spaces and other control
 * characters dropped, so nothing it quotes can start a line of its own, and a leading `::`
 * broken up, so it can never be read as a workflow command (`::add-mask::`, `::stop-commands::`).
 */
export function logLine(message: string): string {
  const line = maskSecrets(message).replace(BREAKS_RE, ' ').replace(CONTROLS_RE, '');
  return line.replace(/^(\s*):(?=:)/, '$1:\u200b');
}

/** The driver's Logger on the runner: warnings and errors become annotations. */
export const actionLogger: Logger = {
  info: (message) => core.info(logLine(message)),
  warning: (message) => core.warning(logLine(message)),
  error: (message) => core.error(logLine(message)),
  debug: (message) => core.debug(logLine(message)),
};
