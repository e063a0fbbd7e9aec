/** view.*: how the editor looks (page zoom 50–200 %), remembered across restarts (shared/view/view-settings.ts). */
import { viewSettingsPatchSchema, type ViewSettings } from '../view/view-settings';
import { empty, returns } from './common';

export type { ViewSettings, ViewSettingsPatch } from '../view/view-settings';

export const viewContract = {
  get: returns<ViewSettings>()(empty),
  /** Changes some view settings; returns them all. */
  set: returns<ViewSettings>()(viewSettingsPatchSchema),
} as const;
