import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';

/** The media type the bytes say they are (magic numbers), or undefined when they match no known type. */
export async function sniffType(content: Buffer): Promise<string | undefined> {
  return (await fileTypeFromBuffer(content))?.mime;
}

export const sha256Of = (content: Buffer): string => createHash('sha256').update(content).digest('hex');
