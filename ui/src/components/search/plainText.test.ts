import { describe, expect, it } from "vitest";
import { plainLabel, plainSnippet, plainText } from "./plainText";

describe("plainText", () => {
  it("drops the Markdown markers a snippet may start or end with", () => {
    expect(plainText("Quiet room ## LinkedIn")).toBe("Quiet room LinkedIn");
    expect(plainText("a job title. *Finance Director* tell")).toBe("a job title. Finance Director tell");
    expect(plainText("**Bold** and `code` and [a link](https://x.org)")).toBe("Bold and code and a link");
  });

  it("cleans a snippet as one text, keeping which parts matched", () => {
    expect(
      plainSnippet([
        { text: "a job title. *", matched: false },
        { text: "Finance", matched: true },
        { text: " Director* tell ## ", matched: false },
        { text: "LinkedIn", matched: true },
      ]),
    ).toEqual([
      { text: "a job title. ", matched: false },
      { text: "Finance", matched: true },
      { text: " Director tell ", matched: false },
      { text: "LinkedIn", matched: true },
    ]);
    expect(
      plainSnippet([
        { text: "my_", matched: false },
        { text: "name", matched: true },
      ]),
    ).toEqual([
      { text: "my_", matched: false },
      { text: "name", matched: true },
    ]);
  });

  it("keeps what is text: snake_case words, arithmetic, angle brackets", () => {
    expect(plainText("my_name stays")).toBe("my_name stays");
    expect(plainText("5 * 3 = 15")).toBe("5 * 3 = 15");
    expect(plainText("<img src=x onerror=alert(1)>")).toBe("<img src=x onerror=alert(1)>");
  });

  it("marks a label the journal cut short", () => {
    expect(plainLabel("Short")).toBe("Short");
    expect(plainLabel("x".repeat(80))).toBe(`${"x".repeat(80)}…`);
  });
});
