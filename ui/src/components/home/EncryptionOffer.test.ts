import { afterEach, describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import EncryptionOffer from "./EncryptionOffer.svelte";
import type { JournalStatus } from "../../lib/api";
import { journal } from "../../lib/journal.svelte";
import { openStatus } from "../../test/fixtures";
import { mockCommands, settle, type Handler } from "../../test/ipc";

const SETTINGS = { trash_days: 30, lock_after_idle_minutes: 0, encryption_offer_answered: false };

function backend(extra: Record<string, Handler> = {}) {
  return mockCommands({
    settings: () => SETTINGS,
    set_settings: ({ settings }) => settings,
    ...extra,
  });
}

async function shown(status: JournalStatus = openStatus) {
  journal.status = status;
  render(EncryptionOffer);
  await settle();
  return userEvent.setup();
}

const offer = () => screen.queryByRole("complementary", { name: "Lock this journal with a passphrase?" });

describe("EncryptionOffer", () => {
  afterEach(() => (journal.status = null));

  it("offers a new plain journal encryption, opening the same dialog Settings has", async () => {
    backend();
    const user = await shown();
    expect(offer()).toHaveTextContent("a lost laptop or a copied backup shows nothing");
    await user.click(screen.getByRole("button", { name: "Encrypt with a passphrase…" }));
    expect(screen.getByRole("dialog", { name: "Encrypt this journal" })).toBeInTheDocument();
  });

  it("keeps a 'Not now', so the offer is not made again", async () => {
    const calls = backend();
    const user = await shown();
    await user.click(screen.getByRole("button", { name: "Not now" }));
    await settle();
    expect(offer()).not.toBeInTheDocument();
    expect(calls.filter((c) => c.command === "set_settings").at(-1)?.args).toEqual({
      settings: { ...SETTINGS, encryption_offer_answered: true },
    });
  });

  it("is not made once answered, for an encrypted, read-only or sample journal", async () => {
    backend({ settings: () => ({ ...SETTINGS, encryption_offer_answered: true }) });
    await shown();
    expect(offer()).not.toBeInTheDocument();
    document.body.innerHTML = "";
    for (const status of [
      { ...openStatus, encrypted: true },
      { ...openStatus, read_only: true },
      { ...openStatus, is_demo: true },
    ]) {
      backend();
      await shown(status);
      expect(offer(), JSON.stringify(status)).not.toBeInTheDocument();
      document.body.innerHTML = "";
    }
  });
});
