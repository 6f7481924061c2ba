// Apart from plan-fields.ts and its schemas, so that input parsing at start-up does not load zod's full API.

export const MAX_RETRIES = 10
/** A command longer than this belongs in a script file; definitions live in the issue body. */
export const MAX_RUN = 3000
export const MAX_NEEDS = 50
/** Five days: the longest a self-hosted runner's job may run. */
export const MAX_TIMEOUT_SEC = 5 * 86400
/** GitHub's limit on an issue title, which is the TaskList's title. */
export const MAX_TITLE = 256
/** A TaskList key, before it is hashed into a label. */
export const MAX_KEY = 256
