// The journal's settings are saved as one value; each control changes only its own setting,
// on the latest saved value, so two controls never overwrite each other's choice.

import { api, type Settings } from "./api";

/** Saves `change` over the journal's current settings; resolves with what was saved. */
export async function changeSettings(change: Partial<Settings>): Promise<Settings> {
  const current = await api.settings();
  return api.setSettings({ ...current, ...change });
}
