/**
 * The runner's workflow commands this action uses, written out as @actions/core writes them.
 * @actions/core loads an HTTP client (undici, for OIDC tokens this action never asks for) when it
 * is imported, and that alone costs every step more start-up than all of the action's own code.
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync } from 'node:fs'
import { appendFile } from 'node:fs/promises'
import { EOL } from 'node:os'

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::command key=value::message` on stdout, the form the runner parses. */
function issueCommand(command: string, properties: Readonly<Record<string, string>>, message: string): void {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',')
  process.stdout.write(`::${command}${props === '' ? '' : ` ${props}`}::${escapeData(message)}${EOL}`)
}

/**
 * Appends `name<<delimiter … delimiter` to the runner's file for `kind` (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_STATE). False when the runner gave no such file, so the caller falls back to a stdout command.
 */
function appendKeyValue(kind: 'OUTPUT' | 'ENV' | 'STATE', name: string, value: string): boolean {
  const path = process.env[`GITHUB_${kind}`] ?? ''
  if (path === '') return false
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`)
  // A random delimiter, so no value can end the entry early and inject another.
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`Unexpected input: ${name} should not contain the delimiter "${delimiter}"`)
  appendFileSync(path, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' })
  return true
}

/** An input of the step: '' when not set, surrounding whitespace trimmed. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export function setOutput(name: string, value: string): void {
  if (appendKeyValue('OUTPUT', name, value)) return
  process.stdout.write(EOL)
  issueCommand('set-output', { name }, value)
}

/** Sets an environment variable for this process and every later step of the job. */
export function exportVariable(name: string, value: string): void {
  process.env[name] = value
  if (!appendKeyValue('ENV', name, value)) issueCommand('set-env', { name }, value)
}

/** Saves a value for this step's post step, which reads it as STATE_<name>. */
export function saveState(name: string, value: string): void {
  if (!appendKeyValue('STATE', name, value)) issueCommand('save-state', { name }, value)
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? ''
}

/** Masks a value in the job's log from here on. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

export function warning(message: string): void {
  issueCommand('warning', {}, message)
}

export function error(message: string): void {
  issueCommand('error', {}, message)
}

/** Logs the error and makes the step fail when the process exits. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

/** Appends markdown, and a line break, to the job summary, when the runner provides one. */
export async function appendSummary(markdown: string): Promise<void> {
  const path = process.env.GITHUB_STEP_SUMMARY ?? ''
  if (path === '') return
  await appendFile(path, markdown + EOL, { encoding: 'utf8' })
}
