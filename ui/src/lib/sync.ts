// What a sync did, in words: for the settings' status line and the note after a sync that
// changed something here.

import type { DeviceReport, SyncReport } from "./api";
import { formatDateTime, formatNumber } from "./locale";

function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** The name a device goes by, or a short form of its id when it has not said. */
export function deviceName(device: DeviceReport): string {
  return device.name || shortDevice(device.device);
}

/** A device by the start of its id. */
export function shortDevice(id: string): string {
  return `device ${id.slice(0, 8)}`;
}

/** The name of device `id` as the sync `report` heard it, or its short id. */
export function deviceNameIn(report: SyncReport, id: string): string {
  const device = report.devices.find((d) => d.device === id);
  return device ? deviceName(device) : shortDevice(id);
}

/** What other devices changed here: "3 changes from Desktop and Tablet". */
export function changesFrom(report: SyncReport): string {
  const names = report.devices.filter((d) => d.changed > 0).map(deviceName);
  const from = names.length > 0 ? ` from ${names.join(" and ")}` : "";
  return `${plural(report.changed, "change", "changes")}${from}`;
}

/** The last sync in one or two sentences. */
export function lastSyncText(report: SyncReport): string {
  const when = formatDateTime(report.at);
  if (report.folder_missing)
    return `At ${when} the sync folder was not there (a drive not connected, a share offline?). Your edits go out once it is back.`;
  const sent = report.sent > 0 ? `sent ${plural(report.sent, "change", "changes")}` : "nothing new to send";
  const got = report.changed > 0 ? `; ${changesFrom(report)} came in` : "; nothing new came in";
  const kept =
    report.kept_in_history > 0
      ? ` ${plural(report.kept_in_history, "earlier version", "earlier versions")} from other devices kept in version history.`
      : "";
  const waiting =
    report.waiting > 0
      ? ` ${plural(report.waiting, "file waits", "files wait")} for earlier ones still on their way.`
      : "";
  return `Last synced ${when}: ${sent}${got}.${kept}${waiting}`;
}
