import { recordTransition } from '../app/record-transition.ts'
import { transition } from '../app/transition.ts'
import { parseBody } from '../domain/body.ts'
import { CONTINUATION_LABEL, continuationOf } from '../domain/continuation.ts'
import type { Holder } from '../domain/claim.ts'
import { renderSummary } from '../domain/summary.ts'
import { isSettled } from '../domain/status.ts'
import { ReadError, TaskListError, WriteError } from '../storage/errors.ts'
import { describeGitHubError, isCommentCapRefusal, type GitHubAdvice } from '../storage/github-errors.ts'
import type { Logger } from '../storage/logger.ts'
import {
  hasRole,
  type DispatchedRun,
  type Permission,
  type Reaction,
  type ReactionTarget,
  type Repository,
} from '../storage/repository.ts'
import { TASKLIST_LABEL, type TaskListStore } from '../storage/store.ts'
import type { TaskListView } from '../storage/view.ts'
import { changedBoxes, type BoxChange } from './checkbox-diff.ts'
import type { BotEvent, Person } from './event.ts'
import { parseSlashCommand, SLASH_HELP } from './slash-command.ts'

export interface BotOptions {
  readonly store: TaskListStore
  /** The repository that holds the TaskList: who may command it, where reactions go. */
  readonly repo: Repository
  /** Where `/tasklist resume` dispatches: the bot workflow's own repository. */
  readonly workflowRepo: Repository
  readonly log: Logger
  /** How replies and log lines advise on token and access problems: the words of the front end that runs the bot. */
  readonly advice: GitHubAdvice
  /** The bot's own run, named in the records it writes. */
  readonly holder: Holder
  readonly permission: Permission
  readonly resumeWorkflow: string | undefined
  readonly ref: string | undefined
}

export interface BotResult {
  /** What was done, e.g. `retry database-migration`, `refused`, or `none` when the event was not for the bot. */
  readonly command: string
  readonly dispatched: boolean
  readonly view?: TaskListView
}

const IGNORED: BotResult = { command: 'none', dispatched: false }

/**
 * Acts on a comment or a body edit of a TaskList issue. Anything that is not
 * a TaskList, not a command, or comes from a bot is ignored silently; the
 * bot never answers itself, so it cannot loop. A command on a continuation
 * issue is answered with where the TaskList is, and changes nothing.
 */
export async function handleBotEvent(options: BotOptions, event: BotEvent): Promise<BotResult> {
  if (event.kind === 'other') {
    options.log.info(`Nothing to do: ${event.why}`)
    return IGNORED
  }
  if (event.author.isBot) {
    options.log.info(`Nothing to do: @${event.author.login} is a bot, and the bot does not take commands from bots`)
    return IGNORED
  }
  const labelled = (name: string) => event.labels.some((label) => label.toLowerCase() === name)
  if (event.kind === 'comment' && !labelled(TASKLIST_LABEL) && labelled(CONTINUATION_LABEL))
    return onComment(options, event, { continuation: true })
  const body = event.kind === 'comment' ? event.issueBody : event.after
  if (parseBody(body).kind === 'not-tasklist') {
    options.log.info(`Nothing to do: issue #${event.issue} is not a TaskList`)
    return IGNORED
  }
  // A look-alike: only people with push access can set the label, and the bot never touches the rest.
  if (!labelled(TASKLIST_LABEL)) {
    options.log.info(`Nothing to do: issue #${event.issue} is not a TaskList, it does not carry the label tasklist`)
    return IGNORED
  }
  return event.kind === 'comment' ? onComment(options, event, { continuation: false }) : onEdit(options, event)
}

/** `continuation`: the comment is on a continuation issue, which holds only later records. */
async function onComment(
  options: BotOptions,
  event: Extract<BotEvent, { kind: 'comment' }>,
  on: { readonly continuation: boolean },
): Promise<BotResult> {
  const command = parseSlashCommand(event.text)
  if (command.kind === 'none') {
    options.log.info('Nothing to do: the comment is not a /tasklist command')
    return IGNORED
  }
  const target: ReactionTarget = { comment: event.commentId }
  await react(options, target, 'eyes')
  if (!(await mayCommand(options, event.issue, event.author, target))) return { command: 'refused', dispatched: false }
  if (on.continuation) return pointToTaskList(options, event, target)

  const reply = (text: string) => replyTo(options, event.issue, event.author, text)
  try {
    switch (command.kind) {
      case 'invalid':
        await react(options, target, 'confused')
        await reply(`${command.problem}. The commands are:\n\n${SLASH_HELP}`)
        return { command: 'invalid', dispatched: false }
      case 'status': {
        const view = await options.store.load(event.issue)
        await reply(renderSummary(view.state, view.issue.number, view.issue.htmlUrl))
        await react(options, target, 'rocket')
        return { command: 'status', dispatched: false, view }
      }
      case 'resume': {
        if (options.resumeWorkflow === undefined) {
          await react(options, target, 'confused')
          await reply(
            'this repository has not set up a resume workflow; set the `resume-workflow` input of the bot step.',
          )
          return { command: 'resume', dispatched: false }
        }
        const ref = options.ref ?? (await options.workflowRepo.defaultBranch())
        let run: DispatchedRun | undefined
        try {
          run = await options.workflowRepo.dispatchWorkflow(options.resumeWorkflow, ref, {
            'tasklist-id': String(event.issue),
          })
        } catch (error) {
          const why = describeGitHubError(error, `workflow ${options.resumeWorkflow} on ${ref}`, options.advice)
          await react(options, target, 'confused')
          await reply(`could not dispatch \`${options.resumeWorkflow}\` on \`${ref}\`: ${why}.`)
          // A wrong resume-workflow, ref or permission is the repository's to fix: fail the bot's run too.
          throw new WriteError(`/tasklist resume could not dispatch ${options.resumeWorkflow} on ${ref}: ${why}`)
        }
        options.log.info(
          `Dispatched ${options.resumeWorkflow} on ${ref} for TaskList #${event.issue}${run === undefined ? '' : `: run ${run.id}, ${run.url}`}`,
        )
        // A server that predates run details does not say which run started: say so rather than guess.
        await reply(
          run === undefined
            ? `dispatched \`${options.resumeWorkflow}\` on \`${ref}\` to resume TaskList #${event.issue}. GitHub did not say which run it started; it is the newest run of \`${options.resumeWorkflow}\`.`
            : `dispatched \`${options.resumeWorkflow}\` on \`${ref}\` to resume TaskList #${event.issue}: [run ${run.id}](${run.url}).`,
        )
        await react(options, target, 'rocket')
        return { command: 'resume', dispatched: true }
      }
      case 'task': {
        const { view } = await recordTransition(options.store, options.log, {
          tasklist: event.issue,
          task: command.task,
          op: command.verb,
          authority: 'operator',
          holder: options.holder,
          requestedBy: event.author.login,
          message: command.reason ?? `${command.verb} requested by @${event.author.login}`,
        })
        await react(options, target, 'rocket')
        return { command: `${command.verb} ${command.task}`, dispatched: false, view }
      }
    }
  } catch (error) {
    // GitHub faults fail the step loudly; only refusals are answered in the issue.
    if (!(error instanceof TaskListError) || error instanceof WriteError || error instanceof ReadError) throw error
    await react(options, target, 'confused')
    await reply(`${error.message}.\n\nThe commands are:\n\n${SLASH_HELP}`)
    return { command: 'invalid', dispatched: false }
  }
}

/**
 * A command on a continuation issue: the TaskList, and the commands for it, are in the issue its
 * body names. Point there rather than ignore the person who asked.
 */
async function pointToTaskList(
  options: BotOptions,
  event: Extract<BotEvent, { kind: 'comment' }>,
  target: ReactionTarget,
): Promise<BotResult> {
  const tasklist = continuationOf(event.issueBody)
  const where = tasklist === undefined ? "the TaskList's own issue" : `#${tasklist}`
  options.log.info(
    `Issue #${event.issue} holds later records of a TaskList; pointed @${event.author.login} to ${where}`,
  )
  await react(options, target, 'confused')
  await replyTo(
    options,
    event.issue,
    event.author,
    `this issue holds only later records of ${tasklist === undefined ? 'a TaskList' : `TaskList #${tasklist}`}; comment the command on ${where}, where the TaskList is. Nothing was changed.`,
  )
  return { command: 'invalid', dispatched: false }
}

/** Ticking a box skips a task, unticking it resets one, as in a dependency dashboard. */
async function onEdit(options: BotOptions, event: Extract<BotEvent, { kind: 'edit' }>): Promise<BotResult> {
  const changes = changedBoxes(event.before, event.after)
  if (changes.length === 0) {
    options.log.info('Nothing to do: no box in the checklist changed')
    return IGNORED
  }
  const target: ReactionTarget = { issue: event.issue }
  await react(options, target, 'eyes')
  let view = await options.store.load(event.issue)
  if (!(await mayCommand(options, event.issue, event.author, target))) {
    // Put the boxes back: the checklist is always drawn from the state.
    await options.store.publish(view, { converge: false })
    return { command: 'refused', dispatched: false, view }
  }
  const done: string[] = []
  for (const change of changes) {
    const op = requestedOp(view, change)
    if (op === undefined) continue
    view = await transition(options.store, options.log, view, {
      task: change.task,
      op,
      authority: 'operator',
      holder: options.holder,
      requestedBy: event.author.login,
      message: `${change.ticked ? 'ticked' : 'unticked'} by @${event.author.login}`,
    })
    done.push(`${op} ${change.task}`)
  }
  // Boxes that asked for nothing legal are redrawn from the state as well.
  if (done.length < changes.length)
    view = await options.store.publish(view, { converge: done.length === 0 ? false : true })
  await react(options, target, 'rocket')
  return { command: done.length === 0 ? 'none' : done.join(', '), dispatched: false, view }
}

function requestedOp(view: TaskListView, change: BoxChange): 'skip' | 'reset' | undefined {
  const status = view.state.tasks.find((t) => t.definition.name === change.task)?.state.status
  if (change.ticked && (status === 'PENDING' || status === 'FAILED')) return 'skip'
  if (!change.ticked && status !== undefined && isSettled(status)) return 'reset'
  return undefined
}

async function mayCommand(
  options: BotOptions,
  issue: number,
  person: Person,
  target: ReactionTarget,
): Promise<boolean> {
  const role = await options.repo.roleOf(person.login)
  if (hasRole(role, options.permission)) return true
  options.log.warning(`@${person.login} has ${role} access; commanding TaskList #${issue} needs ${options.permission}`)
  await react(options, target, 'confused')
  await replyTo(
    options,
    issue,
    person,
    `only people with at least \`${options.permission}\` access to this repository can change this TaskList, and you have \`${role}\`. Nothing was changed.`,
  )
  return false
}

async function react(options: BotOptions, target: ReactionTarget, content: Reaction): Promise<void> {
  try {
    await options.repo.react(target, content)
  } catch (error) {
    options.log.warning(
      `Could not add the ${content} reaction: ${describeGitHubError(error, 'the reaction', options.advice)}`,
    )
  }
}

async function replyTo(options: BotOptions, issue: number, person: Person, text: string): Promise<void> {
  try {
    await options.store.postComment(issue, `@${person.login} ${text}`)
  } catch (error) {
    // A full issue takes no reply; the record, which continues elsewhere, is what counts.
    if (!isCommentCapRefusal(error)) throw error
    options.log.warning(
      `Could not reply to @${person.login} on #${issue}: it holds GitHub's maximum of comments; the TaskList's record continues in the issue its body names`,
    )
  }
}
