import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../services';
import { makeTempDir } from '../testing/temp-dir';
import { ViewSettingsService } from './view-settings-service';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('ViewSettingsService', () => {
  it('remembers the page zoom across a restart and falls back to 100 % for a bad stored value', () => {
    const first = createServices(temp.dir);
    expect(new ViewSettingsService(first.settings).get()).toEqual({ zoom: 100 });
    expect(new ViewSettingsService(first.settings).set({ zoom: 150 })).toEqual({ zoom: 150 });
    first.close();

    const second = createServices(temp.dir);
    const view = new ViewSettingsService(second.settings);
    expect(view.get()).toEqual({ zoom: 150 });
    expect(() => view.set({ zoom: 400 })).toThrow();
    second.settings.set('view', { zoom: 'huge' });
    expect(view.get()).toEqual({ zoom: 100 });
    second.close();
  });
});
