import { createHash } from 'node:crypto';

/**
 * The content address of bytes or text: 96 bits of SHA-256. Collisions are out of
 * reach for any library, and every stored copy of an address stays short.
 */
export function digest(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 24);
}
