import type { Logger } from '../../src/storage/logger.ts'

/** A logger for tests that assert on outcomes, not on log lines. */
export const quiet: Logger = { info: () => undefined, warning: () => undefined, debug: () => undefined }
