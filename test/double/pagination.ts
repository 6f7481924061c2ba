// GitHub-style page/per_page slicing and the Link header that octokit.paginate follows.
export interface Page<T> {
  items: T[]
  link: string | undefined
}

export const DEFAULT_PER_PAGE = 30
export const MAX_PER_PAGE = 100

export function paginate<T>(all: T[], query: Record<string, unknown>, requestUrl: URL): Page<T> {
  const rawPer = typeof query.per_page === 'number' ? Math.floor(query.per_page) : DEFAULT_PER_PAGE
  // GitHub silently clamps per_page rather than rejecting it.
  const perPage = rawPer < 1 ? DEFAULT_PER_PAGE : Math.min(rawPer, MAX_PER_PAGE)
  const rawPage = typeof query.page === 'number' ? Math.floor(query.page) : 1
  const page = rawPage < 1 ? 1 : rawPage
  const items = all.slice((page - 1) * perPage, page * perPage)
  const last = Math.max(1, Math.ceil(all.length / perPage))
  const at = (n: number): string => {
    const url = new URL(requestUrl)
    url.searchParams.set('page', String(n))
    return `<${url.toString()}>`
  }
  const rels: string[] = []
  if (page > 1) rels.push(`${at(Math.min(page - 1, last))}; rel="prev"`)
  if (page < last) rels.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`)
  if (page > 1) rels.push(`${at(1)}; rel="first"`)
  return { items, link: rels.length > 0 ? rels.join(', ') : undefined }
}
