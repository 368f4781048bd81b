/** What was typed in the search box, spaces trimmed and collapsed ("nguyen  van " is "nguyen van"). */
export const searchTerm = (typed: string): string => typed.trim().replace(/\s+/g, ' ');

/** A LIKE pattern matching any text that contains `term` as typed: its `%`, `_` and `\` are not wildcards. */
export const containing = (term: string): string => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
