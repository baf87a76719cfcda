import * as core from '@actions/core';
import type { Logger } from '../driver/types';

/** The driver's Logger on the runner: warnings and errors become annotations. */
export const actionLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  error: (message) => core.error(message),
  debug: (message) => core.debug(message),
};
