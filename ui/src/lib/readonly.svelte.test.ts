import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { flushSync } from "svelte";
import { journal } from "./journal.svelte";
import { lockEditing, READ_ONLY_REASON } from "./readonly";
import { openStatus } from "../test/fixtures";

let region: HTMLElement;
let stop: () => void = () => {};

function guard() {
  stop = $effect.root(() => {
    $effect(() => lockEditing(region));
  });
  flushSync();
}

const get = <T extends Element>(selector: string) => region.querySelector<T & HTMLElement>(selector)!;

beforeEach(() => {
  region = document.createElement("div");
  region.innerHTML = `
    <button id="delete" title="Delete goal">Delete</button>
    <button id="busy" disabled>Saving…</button>
    <input id="title" type="text" value="Post weekly" />
    <textarea id="notes">What we covered</textarea>
    <input id="done" type="checkbox" />
    <input id="progress" type="range" />
    <select id="status"><option>Open</option></select>
    <form role="search" data-reading><input id="search" type="search" /></form>
    <button id="export" data-reading>Export…</button>
    <div data-reading>
      <input id="version" type="radio" />
      <button id="restore" data-writes>Restore this version</button>
    </div>`;
  document.body.append(region);
});

afterEach(() => {
  stop();
  region.remove();
  journal.status = null;
});

describe("lockEditing", () => {
  it("leaves every control alone while the journal can be written", () => {
    journal.status = openStatus;
    guard();
    expect(get("#delete")).toBeEnabled();
    expect(get<HTMLTextAreaElement>("#notes").readOnly).toBe(false);
    expect(get("#delete")).toHaveAttribute("title", "Delete goal");
  });

  it("locks what edits a read-only journal, says why, and leaves what only reads", () => {
    journal.status = { ...openStatus, read_only: true };
    guard();
    for (const id of ["#delete", "#busy", "#done", "#progress", "#status", "#restore"]) {
      expect(get(id), id).toBeDisabled();
      expect(get(id), id).toHaveAttribute("title", READ_ONLY_REASON);
      expect(get(id), id).toHaveAttribute("data-locked");
    }
    // Text stays selectable: read-only, not disabled.
    for (const id of ["#title", "#notes"]) {
      expect(get<HTMLInputElement>(id).readOnly, id).toBe(true);
      expect(get(id), id).toBeEnabled();
      expect(get(id), id).toHaveAttribute("title", READ_ONLY_REASON);
    }
    for (const id of ["#search", "#export", "#version"]) {
      expect(get(id), id).toBeEnabled();
      expect(get<HTMLInputElement>(id).readOnly ?? false, id).toBe(false);
      expect(get(id), id).not.toHaveAttribute("title");
      expect(get(id), id).not.toHaveAttribute("data-locked");
    }
  });

  it("locks controls that appear later, and keeps them locked when the page enables them", async () => {
    journal.status = { ...openStatus, read_only: true };
    guard();
    const added = document.createElement("button");
    added.textContent = "Add goal";
    region.append(added);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(added).toBeDisabled();
    // A view finishing a save enables its button again.
    get<HTMLButtonElement>("#busy").disabled = false;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(get("#busy")).toBeDisabled();
  });

  it("gives every control back as it was once another journal, one that can be written, opens", () => {
    journal.status = { ...openStatus, read_only: true };
    guard();
    journal.status = { ...openStatus, path: "/home/me/other.sqlite3" };
    flushSync();
    expect(get("#delete")).toBeEnabled();
    expect(get("#delete")).toHaveAttribute("title", "Delete goal");
    expect(get("#busy")).toBeDisabled();
    expect(get<HTMLTextAreaElement>("#notes").readOnly).toBe(false);
    expect(get("#notes")).not.toHaveAttribute("title");
    expect(get("#notes")).not.toHaveAttribute("data-locked");
  });
});
