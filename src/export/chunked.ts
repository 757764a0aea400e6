/**
 * Joins many small strings into chunks of about `size` characters: fewer, larger writes, while
 * memory stays bounded by one chunk whatever the size of the graph.
 */
export async function* chunked(
  parts: AsyncIterable<string>,
  size = 64 * 1024,
): AsyncGenerator<string> {
  let buffer: string[] = [];
  let length = 0;
  for await (const part of parts) {
    buffer.push(part);
    length += part.length;
    if (length >= size) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join('');
}
