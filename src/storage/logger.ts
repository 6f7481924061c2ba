/** Where storage and the operations report what they do; each front end supplies its own. */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}
