import { LEASE, WAIT_TIMEOUT } from '../domain/claim-limits.ts'
import { OPTIONS, type OptionName } from './args.ts'
import type { CommandSpec } from './command.ts'
import { COMMANDS } from './commands/index.ts'
import { VERSION } from './version.ts'

/** The shared wording of each option: its value placeholder and what it does. */
const OPTION_HELP: Record<OptionName, { readonly value?: string; readonly text: string }> = {
  repo: {
    value: 'OWNER/NAME',
    text: "Repository of the TaskList (default: the GitHub remote 'origin' of the current directory)",
  },
  'api-url': {
    value: 'URL',
    text: "GitHub API URL; for GitHub Enterprise Server https://HOST/api/v3 (default: $GITHUB_API_URL, else derived from the 'origin' host, else https://api.github.com)",
  },
  json: {
    text: 'Print one JSON object on stdout instead of text (errors stay on stderr: one line, or one per task a plan change refuses)',
  },
  'holder-url': {
    value: 'URL',
    text: 'Link recorded with the write, e.g. the build of your CI system (default: $TASKLIST_RUN_URL); http(s) only',
  },
  help: { text: 'Show this help' },
  version: { text: 'Print the version' },
  title: {
    value: 'TITLE',
    text: "Title of the TaskList and its issue (required, unless --plan-file gives one; then it replaces the file's)",
  },
  task: {
    value: "'NAME[: DESCRIPTION]'",
    text: 'A task, in order; repeat for each task. Names are lowercase slugs such as database-migration',
  },
  'tasks-file': {
    value: 'FILE',
    text: "File with one task a line, 'name' or 'name: description', or a YAML mapping of task name to fields as in --plan-file ('-' reads stdin); its tasks come before --task ones",
  },
  'plan-file': {
    value: 'FILE',
    text: "YAML plan with 'title' and 'tasks', each task a description or fields (description, run, needs, timeout, retries); relative to the current directory, '-' reads stdin. Not with --task or --tasks-file",
  },
  'plan-change': {
    value: 'fail|accept',
    text: 'When --key names a TaskList that exists and the plan changes a task that ran, or leaves a task out: fail (default; nothing is written) or accept the change',
  },
  key: {
    value: 'KEY',
    text: 'Idempotency key: a second create with the same key returns the existing TaskList, reconciled with its plan',
  },
  label: { value: 'LABEL', text: "Extra label for the issue (repeatable); 'tasklist' is always added" },
  lock: {
    text: "Lock the TaskList issue's conversation to people with write access, so others cannot spend its comments; with --key, also an existing TaskList that is not locked yet. Needs a person's token: GitHub lets no app comment on a locked issue",
  },
  trusted: {
    value: 'LOGIN',
    text: 'Account whose records the TaskList trusts besides yours (repeatable). Default: github-actions[bot], so workflows can run it; an explicit --trusted replaces that default',
  },
  lease: {
    value: 'DURATION',
    text: `How long the claim holds before another job may take the task over (default ${LEASE.defaultText}; 90s, 15m, 1h30m)`,
  },
  'on-busy': {
    value: 'fail|skip|wait',
    text: 'When another job holds the task: fail (default), skip (exit 3), or wait for it',
  },
  'wait-timeout': {
    value: 'DURATION',
    text: `With --on-busy wait, how long to wait before failing (default ${WAIT_TIMEOUT.defaultText})`,
  },
  message: { value: 'TEXT', text: 'A note recorded with the transition and shown in the issue' },
  'exit-code': { value: 'N', text: "The phase's exit code, recorded with the transition" },
  output: {
    value: 'KEY=VALUE',
    text: 'An output recorded with the task for later tasks (repeatable; at most 20 keys and 2000 characters). Stored in plain sight: never secrets',
  },
  workflow: { value: 'FILE', text: 'Workflow file under .github/workflows to dispatch, such as resume.yml (required)' },
  ref: { value: 'REF', text: 'Branch or tag to run on' },
  resume: { value: 'ID', text: 'Continue an earlier demo' },
  mermaid: { text: 'Print the timeline of the run as a Mermaid gantt chart, which GitHub draws in Markdown' },
  state: { value: 'open|closed|all', text: 'Which TaskLists: open (default), closed, or all' },
  'exit-on-failure': { text: 'Exit 1 as soon as a task FAILED, instead of watching on' },
  interval: {
    value: 'DURATION',
    text: 'How often to look at first (default 5s); it backs off to 1m while nothing changes',
  },
}

function optionRows(names: readonly OptionName[], overrides: Partial<Record<OptionName, string>> = {}): string[] {
  const rows = names.map((name) => {
    const spec = OPTIONS[name]
    const help = OPTION_HELP[name]
    const short = 'short' in spec ? `-${spec.short}, ` : '    '
    return [`  ${short}--${name}${help.value === undefined ? '' : ` ${help.value}`}`, overrides[name] ?? help.text]
  })
  const width = Math.max(...rows.map(([flag]) => flag?.length ?? 0))
  return rows.map(([flag = '', text = '']) =>
    flag.length > 34
      ? `${flag}\n${' '.repeat(Math.min(width, 36) + 2)}${text}`
      : `${flag.padEnd(Math.min(width, 34))}  ${text}`,
  )
}

export function globalOptionsOf(spec: CommandSpec): OptionName[] {
  return [
    'repo',
    'api-url',
    ...(spec.json ? (['json'] as const) : []),
    ...(spec.writes ? (['holder-url'] as const) : []),
    'help',
  ]
}

const ENVIRONMENT = [
  '  GITHUB_TOKEN, GH_TOKEN  Token for GitHub (the first set is used): issues write; actions write for resume.',
  "                          Without either, the GitHub CLI's login: 'gh auth token --hostname HOST', HOST of --api-url",
  '  GITHUB_API_URL          Default for --api-url',
  '  TASKLIST_RUN_URL        Default for --holder-url: link CLI writes to a build of another CI system',
  '  NO_COLOR, FORCE_COLOR   Colour is used only on a terminal and without NO_COLOR; FORCE_COLOR=1 forces it',
  '  TASKLIST_DEBUG=1        Print debug details on stderr',
]

const EXIT_STATUS = [
  '  0  done',
  '  1  failed: GitHub refused or could not be reached, unknown task, illegal transition, task busy, plan change refused',
  '  2  usage error: bad arguments, options or configuration; nothing was sent to GitHub',
  '  3  start only: nothing to run here (the task is COMPLETE or SKIPPED, or held elsewhere with --on-busy skip)',
]

export function commandUsage(spec: CommandSpec): string {
  return `tasklist ${spec.name}${spec.args === '' ? '' : ` ${spec.args}`} [options]`
}

export function commandHelp(spec: CommandSpec): string {
  const lines = [`Usage: ${commandUsage(spec)}`, '', spec.summary + '.', ...(spec.description ?? [])]
  if (spec.options.length > 0) lines.push('', 'Options:', ...optionRows(spec.options, spec.optionHelp))
  lines.push('', 'Common options:', ...optionRows(globalOptionsOf(spec)))
  if (spec.examples !== undefined && spec.examples.length > 0)
    lines.push('', 'Examples:', ...spec.examples.map((e) => `  ${e}`))
  lines.push('', 'Environment:', ...ENVIRONMENT, '', 'Exit status:', ...EXIT_STATUS)
  return `${lines.join('\n')}\n`
}

export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => `${c.name} ${c.args}`.length))
  const lines = [
    `tasklist ${VERSION}: resumable multi-phase CI. A TaskList is a GitHub issue whose tasks later jobs,`,
    'workflow runs and people resume by its ID (the issue number).',
    '',
    'Usage: tasklist <command> [arguments] [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${`${c.name} ${c.args}`.padEnd(width)}  ${c.summary}`),
    '',
    'Common options:',
    ...optionRows(['repo', 'api-url', 'json', 'holder-url', 'help', 'version']),
    '',
    'Environment:',
    ...ENVIRONMENT,
    '',
    'Exit status:',
    ...EXIT_STATUS,
    '',
    "Run 'tasklist <command> --help' for a command's options and examples.",
  ]
  return `${lines.join('\n')}\n`
}
