// `node --import ./register.mjs probe.mjs`: installs the hook that swaps `electron` for the stand-in.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
