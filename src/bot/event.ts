import { z } from 'zod'

/** The parts of GitHub's webhook payloads the bot reads; anything else is ignored. */
const UserSchema = z.object({ login: z.string(), type: z.string().default('User') })
const IssueSchema = z.object({
  number: z.number().int().positive(),
  body: z.string().nullable().default(null),
  user: UserSchema.nullable().default(null),
  pull_request: z.unknown().optional(),
  labels: z
    .array(z.union([z.string(), z.object({ name: z.string() })]))
    .default([])
    .transform((labels) => labels.map((label) => (typeof label === 'string' ? label : label.name))),
})

const CommentEventSchema = z.object({
  action: z.string(),
  issue: IssueSchema,
  comment: z.object({
    id: z.number().int().positive(),
    body: z.string().nullable().default(null),
    user: UserSchema.nullable().default(null),
  }),
  sender: UserSchema,
})

const EditEventSchema = z.object({
  action: z.string(),
  issue: IssueSchema,
  changes: z.object({ body: z.object({ from: z.string().nullable().default(null) }).optional() }).default({}),
  sender: UserSchema,
})

export interface Person {
  readonly login: string
  readonly isBot: boolean
}

export type BotEvent =
  | {
      kind: 'comment'
      issue: number
      issueBody: string
      labels: readonly string[]
      commentId: number
      text: string
      author: Person
    }
  | { kind: 'edit'; issue: number; labels: readonly string[]; before: string; after: string; author: Person }
  | { kind: 'other'; why: string }

function person(user: z.infer<typeof UserSchema> | null): Person {
  return { login: user?.login ?? '', isBot: user === null || user.type === 'Bot' || user.login.endsWith('[bot]') }
}

/** Reads the event the workflow was triggered by. */
export function parseBotEvent(eventName: string | undefined, payload: unknown): BotEvent {
  if (eventName === 'issue_comment') {
    const parsed = CommentEventSchema.safeParse(payload)
    if (!parsed.success) return { kind: 'other', why: 'the issue_comment payload is not one the bot understands' }
    const event = parsed.data
    if (event.action !== 'created') return { kind: 'other', why: `issue_comment ${event.action} is not a command` }
    if (event.issue.pull_request !== undefined) return { kind: 'other', why: 'a pull request is not a TaskList' }
    return {
      kind: 'comment',
      issue: event.issue.number,
      issueBody: event.issue.body ?? '',
      labels: event.issue.labels,
      commentId: event.comment.id,
      text: event.comment.body ?? '',
      author: person(event.comment.user ?? event.sender),
    }
  }
  if (eventName === 'issues') {
    const parsed = EditEventSchema.safeParse(payload)
    if (!parsed.success) return { kind: 'other', why: 'the issues payload is not one the bot understands' }
    const event = parsed.data
    if (event.action !== 'edited' || event.changes.body === undefined)
      return { kind: 'other', why: `issues ${event.action} without a body change is not a command` }
    if (event.issue.pull_request !== undefined) return { kind: 'other', why: 'a pull request is not a TaskList' }
    return {
      kind: 'edit',
      issue: event.issue.number,
      labels: event.issue.labels,
      before: event.changes.body.from ?? '',
      after: event.issue.body ?? '',
      author: person(event.sender),
    }
  }
  return {
    kind: 'other',
    why: `the bot handles issue_comment and issues events, not ${eventName ?? 'an unnamed event'}`,
  }
}
