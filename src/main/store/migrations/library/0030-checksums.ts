import type { Migration } from '../migration';

// Flipped bytes in a pack or an index segment must be detected, not served: each
// blob gets the CRC-32 of its stored bytes, each segment the CRC-32s of its blocks
// (see search/index/segment-checks.ts). Rows written before stay NULL: unchecked,
// until a merge rewrites the segment or `folio repair` fills them in.
export const checksums: Migration = {
  version: 30,
  name: 'checksums',
  up(db) {
    db.run('ALTER TABLE blobs ADD COLUMN crc INTEGER');
    db.run('ALTER TABLE segments ADD COLUMN checks BLOB');
  },
};
