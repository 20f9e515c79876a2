import { afterEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import Toasts from "./Toasts.svelte";
import { LIFETIME_MS, toasts } from "../lib/toasts.svelte";

describe("Toasts", () => {
  afterEach(() => {
    for (const t of toasts.items) toasts.dismiss(t.id);
    vi.useRealTimers();
  });

  it("go after their lifetime", async () => {
    vi.useFakeTimers();
    render(Toasts);
    toasts.show("Learning saved to your log.");
    await vi.advanceTimersByTimeAsync(LIFETIME_MS - 100);
    expect(screen.getByText("Learning saved to your log.")).toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(200);
    expect(screen.queryByText("Learning saved to your log.")).not.toBeInTheDocument();
  });

  it("stay while the pointer is over them, and for a full lifetime after it leaves", async () => {
    vi.useFakeTimers();
    render(Toasts);
    toasts.show("Moved to the trash.", { action: { label: "Undo", run: () => {} } });
    await vi.advanceTimersByTimeAsync(10);
    const toast = screen.getByRole("status");
    await fireEvent.pointerEnter(toast);
    await vi.advanceTimersByTimeAsync(LIFETIME_MS * 3);
    expect(screen.getByRole("button", { name: "Undo" })).toBeInTheDocument();
    await fireEvent.pointerLeave(toast);
    await vi.advanceTimersByTimeAsync(LIFETIME_MS - 100);
    expect(screen.getByRole("button", { name: "Undo" })).toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(200);
    expect(screen.queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
  });

  it("stay while one of their buttons has the focus", async () => {
    vi.useFakeTimers();
    render(Toasts);
    toasts.show("Moved to the trash.", { action: { label: "Undo", run: () => {} } });
    await vi.advanceTimersByTimeAsync(10);
    const undo = screen.getByRole("button", { name: "Undo" });
    undo.focus();
    await fireEvent.focusIn(undo);
    await vi.advanceTimersByTimeAsync(LIFETIME_MS * 3);
    expect(undo).toBeInTheDocument();
    undo.blur();
    await fireEvent.focusOut(undo, { relatedTarget: document.body });
    await vi.advanceTimersByTimeAsync(LIFETIME_MS + 100);
    expect(screen.queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
  });
});
