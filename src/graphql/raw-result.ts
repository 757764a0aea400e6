import type { FormattedExecutionResult } from 'graphql';

/** Marks a `data` object that stands for an answer already serialised (introspection). */
const RAW_JSON = Symbol('raw-json');

/**
 * A result whose JSON text is already known (the introspection worker's answer): Apollo passes
 * it through its hooks as an empty `data` object and `stringifyResult` writes the text as is, so
 * the main thread neither parses nor serialises a 1 MB schema.
 */
export function rawResult(json: string): FormattedExecutionResult {
  return { data: Object.defineProperty({}, RAW_JSON, { value: json }) };
}

/** Apollo's `stringifyResult`: the raw text when there is one, JSON.stringify otherwise. */
export function stringifyResult(result: FormattedExecutionResult): string {
  const raw = (result.data as Record<symbol, unknown> | null | undefined)?.[RAW_JSON];
  return `${typeof raw === 'string' ? raw : JSON.stringify(result)}\n`;
}
