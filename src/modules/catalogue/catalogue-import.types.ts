import type { InvalidField } from '../../platform/http/app-error.js';

/** One problem of an import file: where it is (JSON path, CSV line) and what is wrong. */
export type ImportProblem = InvalidField;

/** Maps a JSON path of the document to a line of the source file (CSV), when there is one. */
export type LineOf = (path: (string | number)[]) => number | undefined;
