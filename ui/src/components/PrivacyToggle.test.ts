import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import PrivacyToggle from "./PrivacyToggle.svelte";

describe("PrivacyToggle", () => {
  it("is a pressed button saying 'Only me' while private, and offers shared on a click", async () => {
    const onchange = vi.fn();
    render(PrivacyToggle, { visibility: "private", partner: "Priya", onchange });
    const toggle = screen.getByRole("button", { pressed: true });
    expect(toggle).toHaveAttribute("type", "button");
    expect(toggle).toHaveTextContent("Only me");
    expect(toggle).toHaveAccessibleName(
      "Only me. Private: stays on this computer, never in an export for Priya",
    );
    expect(toggle).toHaveAttribute("title", "Private: stays on this computer, never in an export for Priya");
    await userEvent.setup().click(toggle);
    expect(onchange).toHaveBeenCalledExactlyOnceWith("shared");
  });

  it("is a quiet 'Shared' not pressed while shared, and goes private from the keyboard", async () => {
    const onchange = vi.fn();
    render(PrivacyToggle, { visibility: "shared", partner: "Priya", onchange });
    const toggle = screen.getByRole("button", { pressed: false });
    expect(toggle).toHaveTextContent("Shared");
    expect(toggle).toHaveAccessibleName("Shared: included when you export for Priya");
    const user = userEvent.setup();
    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard(" ");
    await user.keyboard("{Enter}");
    expect(onchange).toHaveBeenCalledTimes(2);
    expect(onchange).toHaveBeenLastCalledWith("private");
  });

  it("under a private parent shows 'Only me', cannot be clicked and says why", async () => {
    const onchange = vi.fn();
    render(PrivacyToggle, { visibility: "shared", partner: "Priya", lockedBy: "goal", onchange });
    const toggle = screen.getByRole("button", { pressed: true });
    expect(toggle).toBeDisabled();
    expect(toggle).toHaveTextContent("Only me");
    expect(toggle).toHaveAccessibleName("Only me. Private because its goal is private");
    expect(toggle).toHaveAttribute("title", "Private because its goal is private");
    await userEvent.setup().click(toggle);
    expect(onchange).not.toHaveBeenCalled();
  });
});
