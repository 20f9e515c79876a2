import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import LanguageSetting from "./LanguageSetting.svelte";
import { failure } from "../../test/errors";
import { mockCommands, settle, type Handler } from "../../test/ipc";

function backend(extra: Record<string, Handler> = {}) {
  return mockCommands({
    language_choice: () => ({ chosen: null, system: "en" }),
    choose_language: ({ language }) => ({ chosen: language, system: "en" }),
    ...extra,
  });
}

async function shown() {
  const reload = vi.fn();
  render(LanguageSetting, { reload });
  await settle();
  return { user: userEvent.setup(), reload, field: screen.getByLabelText("Language of Twoway") };
}

describe("LanguageSetting", () => {
  it("follows the system until a language is chosen, then keeps it and reloads in it", async () => {
    const calls = backend();
    const { user, reload, field } = await shown();
    expect(field).toHaveDisplayValue("Same as the system (English)");
    expect(screen.getByRole("option", { name: "Deutsch" })).toHaveAttribute("lang", "de");
    await user.selectOptions(field, "de");
    await settle();
    expect(calls.filter((c) => c.command === "choose_language").at(-1)?.args).toEqual({ language: "de" });
    expect(reload).toHaveBeenCalledExactlyOnceWith("de");
  });

  it("does not reload when the choice leaves the language as it is", async () => {
    const calls = backend();
    const { user, reload, field } = await shown();
    await user.selectOptions(field, "en");
    await settle();
    expect(calls.some((c) => c.command === "choose_language")).toBe(true);
    expect(reload).not.toHaveBeenCalled();
  });

  it("says why a choice was not kept and stays usable", async () => {
    backend({
      choose_language: () => {
        throw failure("Io", "the data folder is read-only");
      },
    });
    const { user, reload, field } = await shown();
    await user.selectOptions(field, "de");
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent(
      "The language could not be changed: the data folder is read-only",
    );
    expect(reload).not.toHaveBeenCalled();
    expect(field).toBeEnabled();
  });
});
