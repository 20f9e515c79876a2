import { beforeEach, describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import AgreementVersions from "./AgreementVersions.svelte";
import { mockCommands, settle, type Handler } from "../../test/ipc";
import { adoptedVersion, agreementOf, openStatus, partnership, summary } from "../../test/fixtures";
import { toasts } from "../../lib/toasts.svelte";
import { AppError, type Agreement } from "../../lib/api";

const FIRST = "## Ground rules\n\nWe meet every two weeks.";
const SECOND = "## Ground rules\n\nWe meet every three weeks.";

function setup(agreement: Agreement, extra: Record<string, Handler> = {}, refusal: AppError | null = null) {
  const p = partnership();
  const calls = mockCommands({
    agreement: () => agreement,
    journal_status: () => openStatus,
    partnership_summaries: () => [summary(p)],
    ...extra,
  });
  const saver = { settle: vi.fn(async () => refusal) };
  const onaddsection = vi.fn();
  const ondraftreplaced = vi.fn(async () => {});
  render(AgreementVersions, {
    partnershipId: p.id,
    partner: "Priya",
    updatedAt: p.updated_at,
    saver,
    onaddsection,
    ondraftreplaced,
  });
  return { calls, saver, onaddsection, ondraftreplaced, user: userEvent.setup() };
}

describe("AgreementVersions", () => {
  beforeEach(() => {
    toasts.items = [];
  });

  it("adopts the draft after saving what is typed, and says it is kept", async () => {
    const adopted = agreementOf(partnership(), {
      mine: [adoptedVersion("v1", "me", 1, "2026-03-02", FIRST, { matches_draft: true })],
      status: { ...agreementOf().status, adopted_on: "2026-03-02", draft_changed: false },
    });
    const { calls, saver, user } = setup(agreementOf(), { adopt_agreement: () => adopted });
    await settle();
    expect(screen.getByText("Not adopted yet")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Adopt this version" }));
    await settle();
    expect(saver.settle).toHaveBeenCalled();
    const adopt = calls.find((c) => c.command === "adopt_agreement")!;
    expect(adopt.args.partnership).toBe("p1");
    expect(toasts.items.map((t) => t.message)).toContain("Adopted: this version is kept as it is today.");
    expect(screen.getByText("Adopted by you")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Adopt this version" })).toBeNull();
  });

  it("adopts nothing while the draft is refused, and says why", async () => {
    const refusal = new AppError("Invalid", "agreement is longer than 1048576 bytes", {
      field: "agreement",
      problem: "is longer than 1048576 bytes",
    });
    const { calls, user } = setup(agreementOf(), {}, refusal);
    await settle();
    await user.click(screen.getByRole("button", { name: "Adopt this version" }));
    await settle();
    expect(calls.some((c) => c.command === "adopt_agreement")).toBe(false);
    expect(screen.getByRole("alert")).toHaveTextContent("The draft is not saved yet, so it was not adopted");
  });

  it("shows a partner's different version as theirs, compares it side by side, and adopts it", async () => {
    const mine = adoptedVersion("v1", "me", 1, "2026-03-02", FIRST, { matches_draft: true });
    const theirs = adoptedVersion("t1", "partner", 1, "2026-03-04", SECOND);
    const agreement = agreementOf(partnership(), {
      mine: [mine],
      theirs: [theirs],
      status: {
        ...agreementOf().status,
        adopted_on: "2026-03-02",
        draft_changed: false,
        partner_adopted_other: true,
      },
    });
    const { calls, ondraftreplaced, user } = setup(agreement, {
      compare_agreement: () => ({
        parts: [
          { text: "## Ground rules\n\nWe meet every ", change: "same" },
          { text: "two", change: "removed" },
          { text: "three", change: "added" },
          { text: " weeks.", change: "same" },
        ],
        revisit_from: null,
        revisit_to: "2026-06-01",
      }),
      adopt_partner_agreement: () => ({
        ...agreement,
        status: { ...agreement.status, agreed_by_both: true, partner_adopted_other: false },
      }),
    });
    await settle();
    expect(screen.getByText(/Priya adopted a different version on/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Compare with yours" }));
    await settle();
    const dialog = screen.getByRole("dialog", { name: "Compare versions of the agreement" });
    const compare = calls.find((c) => c.command === "compare_agreement")!;
    expect(compare.args).toEqual({ partnership: "p1", from: "v1", to: "t1" });
    const left = within(dialog).getByRole("region", { name: /Your version 1/ });
    const right = within(dialog).getByRole("region", { name: /Priya's version 1/ });
    expect(left.querySelector("del")).toHaveTextContent("two");
    expect(left.querySelector("ins")).toBeNull();
    expect(right.querySelector("ins")).toHaveTextContent("three");
    expect(right.querySelector("del")).toBeNull();
    expect(within(dialog).getByText(/Revisit date/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Close" }));

    await user.click(screen.getByRole("button", { name: "Adopt Priya's version" }));
    await settle();
    expect(calls.find((c) => c.command === "adopt_partner_agreement")!.args.version).toBe("t1");
    expect(ondraftreplaced).toHaveBeenCalled();
    expect(screen.getByText("Agreed by both")).toBeInTheDocument();
  });

  it("offers the sections the draft lacks, and adds the one chosen", async () => {
    const { onaddsection, user } = setup(agreementOf());
    await settle();
    const list = screen.getByRole("list", { name: /Sections mentoring guides suggest/ });
    const offered = within(list)
      .getAllByRole("button")
      .map((b) => b.textContent?.trim());
    expect(offered).toEqual(["+ Our goals", "+ Confidentiality"]);
    await user.click(within(list).getByRole("button", { name: "Confidentiality" }));
    expect(onaddsection).toHaveBeenCalledWith("Confidentiality");
  });
});
