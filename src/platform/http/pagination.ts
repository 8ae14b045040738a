import { z } from 'zod';

/**
 * Opaque keyset cursors: the sort key and id of the last row of a page, base64url JSON.
 * Stable under inserts, cheap at any depth (no OFFSET).
 */
export type CursorKey = { readonly k: string; readonly id: string };

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey | undefined {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    const parsed = z.object({ k: z.string().max(500), id: z.string().uuid() }).safeParse(value);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export const CursorParam = z
  .string()
  .max(1000)
  .refine((c) => decodeCursor(c) !== undefined, 'not a cursor returned by this API')
  .describe('The `nextCursor` of the previous page');

export const LimitParam = z.coerce.number().int().min(1).max(100).default(20).describe('Page size, 1-100');

export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey) {
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  const last = items.at(-1);
  return { items, nextCursor: hasMore && last ? encodeCursor(keyOf(last)) : null };
}
