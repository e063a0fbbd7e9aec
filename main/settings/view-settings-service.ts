import { DEFAULT_VIEW_SETTINGS, viewSettingsSchema, type ViewSettings, type ViewSettingsPatch } from '../../shared/view/view-settings';
import type { SettingsStore } from './settings-store';

const VIEW_SETTINGS_KEY = 'view';

/** The editor's view settings (page zoom), kept in the settings table so they outlive a restart. */
export class ViewSettingsService {
  constructor(private readonly settings: SettingsStore) {}

  get(): ViewSettings {
    return this.settings.get(VIEW_SETTINGS_KEY, viewSettingsSchema, DEFAULT_VIEW_SETTINGS);
  }

  /** Applies a (validated) change and returns the settings now in force. */
  set(patch: ViewSettingsPatch): ViewSettings {
    const next = viewSettingsSchema.parse({ ...this.get(), ...patch });
    this.settings.set(VIEW_SETTINGS_KEY, next);
    return next;
  }
}
