// What a sync did, in words: for the settings' status line and the note after a sync that
// changed something here.

import type { DeviceReport, SyncReport } from "./api";
import { t } from "./i18n";
import { formatDateTime, locale } from "./locale";

const names = new Intl.ListFormat(locale, { type: "conjunction" });

/** The name a device goes by, or a short form of its id when it has not said. */
export function deviceName(device: DeviceReport): string {
  return device.name || shortDevice(device.device);
}

/** A device by the start of its id. */
export function shortDevice(id: string): string {
  return t("sync-device-short", { id: id.slice(0, 8) });
}

/** The name of device `id` as the sync `report` heard it, or its short id. */
export function deviceNameIn(report: SyncReport, id: string): string {
  const device = report.devices.find((d) => d.device === id);
  return device ? deviceName(device) : shortDevice(id);
}

/** What other devices changed here: "3 changes from Desktop and Tablet". */
export function changesFrom(report: SyncReport): string {
  const from = report.devices.filter((d) => d.changed > 0).map(deviceName);
  return from.length > 0
    ? t("sync-changes-from", { count: report.changed, devices: names.format(from) })
    : t("sync-changes", { count: report.changed });
}

/** The last sync in one or two sentences. */
export function lastSyncText(report: SyncReport): string {
  const when = formatDateTime(report.at);
  if (report.folder_missing) return t("sync-folder-missing", { when });
  const sent = t("sync-sent", { count: report.sent });
  const received =
    report.changed > 0 ? t("sync-received", { changes: changesFrom(report) }) : t("sync-received-nothing");
  const sentences = [t("sync-last", { when, sent, received })];
  if (report.kept_in_history > 0) sentences.push(t("sync-kept", { count: report.kept_in_history }));
  if (report.waiting > 0) sentences.push(t("sync-waiting", { count: report.waiting }));
  return sentences.join(" ");
}
