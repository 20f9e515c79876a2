// Showing one record in place: the view marks each record's element with
// `data-record-id`; `reveal` waits for it to be drawn (the view's data may still be loading),
// scrolls it into the middle of the view, moves the keyboard to it and marks it for a moment.

const FOCUSABLE = "button, [href], input, select, textarea, [tabindex]";
const MARKED_MS = 2500;

/** Shows the record `id` once its element exists; false when it did not appear in `waitMs`. */
export async function reveal(id: string, waitMs = 3000): Promise<boolean> {
  const started = Date.now();
  for (;;) {
    const element = document.querySelector<HTMLElement>(`[data-record-id="${id.replace(/"/g, "")}"]`);
    if (element) {
      element.scrollIntoView?.({ block: "center" });
      const target = element.matches(FOCUSABLE)
        ? element
        : (element.querySelector<HTMLElement>(FOCUSABLE) ?? element);
      if (target === element && !element.hasAttribute("tabindex")) element.tabIndex = -1;
      target.focus({ preventScroll: true });
      element.classList.add("revealed");
      setTimeout(() => element.classList.remove("revealed"), MARKED_MS);
      return true;
    }
    if (Date.now() - started > waitMs) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
