// Loaded with `node --import` by the wiring test: routes the `electron` specifier
// to the recording stand-in instead of node_modules/electron (which would try to
// download the Electron binary).
import { register } from 'node:module';

register('./resolve-electron.mjs', import.meta.url);
