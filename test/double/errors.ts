// GitHub-shaped error responses, thrown by route handlers and turned into HTTP by the server.
export const DOCS = 'https://docs.github.com/rest'

export interface ValidationErrorItem {
  resource?: string
  field?: string
  code: string
  message?: string
}

export class HttpError extends Error {
  readonly status: number
  readonly body: Record<string, unknown>
  readonly headers: Record<string, string>

  constructor(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
    super(typeof body.message === 'string' ? body.message : `HTTP ${status}`)
    this.status = status
    this.body = body
    this.headers = headers
  }
}

export function errorBody(status: number, message: string, documentationUrl = DOCS): Record<string, unknown> {
  return { message, documentation_url: documentationUrl, status: String(status) }
}

export function notFound(documentationUrl?: string): HttpError {
  return new HttpError(404, errorBody(404, 'Not Found', documentationUrl))
}

export function forbidden(message: string, documentationUrl?: string): HttpError {
  return new HttpError(403, errorBody(403, message, documentationUrl))
}

export function validationFailed(errors: ValidationErrorItem[], documentationUrl?: string): HttpError {
  return new HttpError(422, { ...errorBody(422, 'Validation Failed', documentationUrl), errors })
}

export function unprocessable(message: string, documentationUrl?: string): HttpError {
  return new HttpError(422, errorBody(422, message, documentationUrl))
}
