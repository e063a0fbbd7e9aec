// The CSP forbids eval. zod builds its compiled fast path, and probes `new Function` for it, when a schema
// is constructed (shared schemas are built as their modules load); the browser reports that probe as a
// CSP violation even though zod catches it. This module is imported first by main.tsx, so every schema
// is built without it.
import { config } from 'zod';

config({ jitless: true });
