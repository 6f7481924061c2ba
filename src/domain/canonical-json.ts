/**
 * JSON with object keys sorted at every depth and undefined members left out,
 * so equal values give equal text whatever order their keys were built or
 * parsed in. Digests are taken over this text, never over a list of fields.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sorted(value))
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted)
  if (typeof value !== 'object' || value === null) return value
  // fromEntries defines own properties, so a key such as "__proto__" stays data.
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, member]) => [key, sorted(member)]),
  )
}
