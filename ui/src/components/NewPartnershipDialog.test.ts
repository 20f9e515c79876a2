import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import NewPartnershipDialog from "./NewPartnershipDialog.svelte";
import { mockCommands, settle } from "../test/ipc";
import { openStatus, partnership, summary } from "../test/fixtures";
import type { Partnership } from "../lib/api";
import { refused } from "../test/errors";

function created(fields: Record<string, unknown>): Partnership {
  return { ...partnership("new1"), fields: fields as Partnership["fields"] };
}

describe("NewPartnershipDialog", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2026, 2, 12, 9, 30));
    location.hash = "#/";
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("creates the partnership with what was typed, then opens it", async () => {
    const calls = mockCommands({
      create_partnership: ({ fields }) => created(fields as Record<string, unknown>),
      journal_status: () => openStatus,
      partnership_summaries: () => [summary(partnership("new1"))],
    });
    const oncreated = vi.fn();
    render(NewPartnershipDialog, { open: true, oncreated });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Partner's name/), "  Priya Raman ");
    await user.type(screen.getByLabelText("Their role"), "Data analyst");
    await user.type(screen.getByLabelText("What I learn from them"), "LinkedIn, Generative AI{Enter}");
    // A topic still in the box when the form is sent counts too.
    await user.type(screen.getByLabelText("What I teach them"), "Capital allocation");
    expect(screen.getByRole("button", { name: "Remove Generative AI" })).toBeInTheDocument();
    await user.clear(screen.getByLabelText(/How many weeks/));
    await user.type(screen.getByLabelText(/How many weeks/), "3");
    await user.selectOptions(screen.getByLabelText("Unit"), "month");
    await user.click(screen.getByRole("button", { name: "Create partnership" }));
    await settle();

    const create = calls.find((c) => c.command === "create_partnership");
    expect(create?.args.fields).toEqual({
      partner_name: "Priya Raman",
      partner_role: "Data analyst",
      i_learn: ["LinkedIn", "Generative AI"],
      i_teach: ["Capital allocation"],
      status: "active",
      started_on: "2026-03-12",
      ends_on: null,
      cadence: { every: 3, unit: "month" },
      agreement: "",
      agreement_revisit_on: null,
    });
    expect(calls.some((c) => c.command === "journal_status")).toBe(true);
    expect(oncreated).toHaveBeenCalledWith(expect.objectContaining({ id: "new1" }));
    expect(location.hash).toBe("#/partnership/new1/overview");
    expect(screen.queryByLabelText(/Partner's name/)).not.toBeInTheDocument();
  });

  it("creates with Ctrl+Enter, every two weeks by default or with no set rhythm", async () => {
    const calls = mockCommands({
      create_partnership: ({ fields }) => created(fields as Record<string, unknown>),
      journal_status: () => openStatus,
      partnership_summaries: () => [],
    });
    render(NewPartnershipDialog, { open: true });
    const user = userEvent.setup();
    expect(screen.getByLabelText(/How many weeks/)).toHaveValue(2);
    await user.type(screen.getByLabelText(/Partner's name/), "Sam Okoye");
    await user.click(screen.getByLabelText("No set rhythm"));
    await user.keyboard("{Control>}{Enter}{/Control}");
    await settle();
    const create = calls.find((c) => c.command === "create_partnership");
    expect(create?.args.fields).toMatchObject({
      partner_name: "Sam Okoye",
      cadence: null,
      i_learn: [],
      i_teach: [],
    });
  });

  it("shows the journal's refusal next to the field and keeps everything typed", async () => {
    mockCommands({
      create_partnership: () => {
        throw refused("partner_name", "must not be empty");
      },
    });
    const oncreated = vi.fn();
    render(NewPartnershipDialog, { open: true, oncreated });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Partner's name/), "   ");
    await user.type(screen.getByLabelText("Their role"), "Graduate engineer");
    await user.type(screen.getByLabelText("What I learn from them"), "Teams{Enter}");
    await user.click(screen.getByRole("button", { name: "Create partnership" }));
    await settle();

    const name = screen.getByLabelText(/Partner's name/);
    expect(screen.getByRole("alert")).toHaveTextContent("Partner's name must not be empty");
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveAccessibleDescription("Partner's name must not be empty");
    expect(name).toHaveValue("   ");
    expect(screen.getByLabelText("Their role")).toHaveValue("Graduate engineer");
    const dialog = screen.getByRole("dialog", { name: "New partnership" });
    expect(within(dialog).getByRole("button", { name: "Remove Teams" })).toBeInTheDocument();
    expect(oncreated).not.toHaveBeenCalled();
    expect(location.hash).toBe("#/");
  });

  it("shows a refusal about another field at the top", async () => {
    mockCommands({
      create_partnership: () => {
        throw refused("cadence", "must be between 1 and 12");
      },
    });
    render(NewPartnershipDialog, { open: true });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Partner's name/), "Jordan");
    await user.click(screen.getByRole("button", { name: "Create partnership" }));
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent("How often must be between 1 and 12");
    expect(screen.getByLabelText(/How many weeks/)).toHaveAttribute("aria-invalid", "true");
  });
});
