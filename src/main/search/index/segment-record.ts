/** An index segment as library.db lists it: the commit that names a segment file makes it part of the index. */
export interface SegmentRecord {
  id: number;
  file: string;
  /** dead[local] === 1 for documents that no longer count. Null when none are dead. */
  dead: Uint8Array | null;
  /** The CRC-32s of the file's blocks (segment-checks.ts); null for segments written before they were kept. */
  checks?: Uint8Array | null;
}
