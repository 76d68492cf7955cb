import { join } from 'node:path';

/** Where each part of a library lives inside its folder. */
export function libraryPaths(dir: string) {
  return {
    dir,
    libraryDb: join(dir, 'library.db'),
    stateDb: join(dir, 'state.db'),
    packs: join(dir, 'packs'),
    index: join(dir, 'index'),
    images: join(dir, 'images'),
  };
}

export type LibraryPaths = ReturnType<typeof libraryPaths>;
