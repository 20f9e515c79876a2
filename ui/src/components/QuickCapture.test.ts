import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import QuickCapture from "./QuickCapture.svelte";
import { mockCommands, settle } from "../test/ipc";
import { openStatus, partnership, summary } from "../test/fixtures";
import { refused } from "../test/errors";

describe("QuickCapture", () => {
  it("saves a learning with what was typed and closes", async () => {
    const calls = mockCommands({
      skills_growth: () => [],
      create_learning: ({ fields }) => ({
        id: "l1",
        fields,
        created_at: "",
        updated_at: "",
        deleted_at: null,
      }),
      journal_status: () => openStatus,
      partnership_summaries: () => [summary(partnership())],
    });
    render(QuickCapture, { open: true });
    await settle();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("What I learned or applied"), "Tables first saves a round trip");
    await user.click(screen.getByRole("button", { name: "Save learning" }));
    await settle();
    const created = calls.find((c) => c.command === "create_learning");
    expect(created?.args.fields).toMatchObject({
      text: "Tables first saves a round trip",
      visibility: "private",
      partnership_id: null,
    });
    expect(screen.queryByLabelText("What I learned or applied")).not.toBeInTheDocument();
  });

  it("keeps the text and shows why when the journal refuses", async () => {
    mockCommands({
      skills_growth: () => [],
      create_learning: () => {
        throw refused("text", "must not be empty");
      },
    });
    render(QuickCapture, { open: true });
    await settle();
    const user = userEvent.setup();
    const box = screen.getByLabelText("What I learned or applied");
    await user.type(box, "   ");
    await user.click(screen.getByRole("button", { name: "Save learning" }));
    await settle();
    expect(screen.getByRole("alert")).toHaveTextContent("text: must not be empty");
    expect(box).toHaveValue("   ");
    expect(box).toHaveAttribute("aria-invalid", "true");
  });
});
