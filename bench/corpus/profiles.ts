// What kind of archive the generator writes. `realistic` (the bench's default)
// is shaped like real archives: whole saved pages of several site templates
// around the body, long-tailed lengths, Latin mixed into Chinese. `light` is the
// earlier, lighter corpus (~6 KB files of feed HTML), kept for comparison.
import { LIGHT_PROFILE } from './light-profile';
import type { CorpusProfile, ProfileName } from './profile';
import { REALISTIC_PROFILE } from './realistic/profile';

export const PROFILE_NAMES: readonly ProfileName[] = ['realistic', 'light'];

export const PROFILES: Record<ProfileName, CorpusProfile> = { realistic: REALISTIC_PROFILE, light: LIGHT_PROFILE };
