/** How the writer likes the editor to look, remembered by main across restarts (view.get / view.set). */
import { z } from 'zod';
import { DEFAULT_ZOOM, zoomSchema } from './zoom';

export const viewSettingsSchema = z
  .object({
    /** Page zoom in per cent (50–200). */
    zoom: zoomSchema,
  })
  .strict();

/** A change to some of the settings; the others keep their value. */
export const viewSettingsPatchSchema = viewSettingsSchema.partial().strict();

export type ViewSettings = z.output<typeof viewSettingsSchema>;
export type ViewSettingsPatch = z.input<typeof viewSettingsPatchSchema>;

export const DEFAULT_VIEW_SETTINGS: ViewSettings = { zoom: DEFAULT_ZOOM };
