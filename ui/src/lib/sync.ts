// What a sync did, in words: for the settings' status line and the note after a sync that
// changed something here.

import type { DeviceReport, SyncReport } from "./api";
import { t } from "./i18n";
import { formatDateTime } from "./locale";

/** The name a device goes by, or a short form of its id when it has not said. */
export function deviceName(device: DeviceReport): string {
  return device.name || shortDevice(device.device);
}

/** A device by the start of its id. */
export function shortDevice(id: string): string {
  return t("lib-sync-device", { id: id.slice(0, 8) });
}

/** The name of device `id` as the sync `report` heard it, or its short id. */
export function deviceNameIn(report: SyncReport, id: string): string {
  const device = report.devices.find((d) => d.device === id);
  return device ? deviceName(device) : shortDevice(id);
}

/** What other devices changed here: "3 changes from Desktop and Tablet". */
export function changesFrom(report: SyncReport): string {
  const names = report.devices.filter((d) => d.changed > 0).map(deviceName);
  if (names.length === 0) return t("lib-sync-changes", { count: report.changed });
  const devices = names.reduce((list, name) => t("lib-sync-device-list", { list, name }));
  return t("lib-sync-changes-from", { count: report.changed, devices });
}

/** The last sync in one or two sentences. */
export function lastSyncText(report: SyncReport): string {
  const when = formatDateTime(report.at);
  if (report.folder_missing) return t("lib-sync-folder-missing", { when });
  const sent = report.sent > 0 ? t("lib-sync-sent", { count: report.sent }) : t("lib-sync-nothing-sent");
  const received =
    report.changed > 0
      ? t("lib-sync-received", { changes: changesFrom(report) })
      : t("lib-sync-nothing-received");
  const sentences = [t("lib-sync-last", { when, sent, received })];
  if (report.kept_in_history > 0) sentences.push(t("lib-sync-kept", { count: report.kept_in_history }));
  if (report.waiting > 0) sentences.push(t("lib-sync-waiting", { count: report.waiting }));
  return sentences.join(" ");
}
