import { describe, expect, it } from "vitest";
import { firstName } from "./names";

describe("firstName", () => {
  it("keeps the first word of a name", () => {
    expect(firstName("Priya Raman")).toBe("Priya");
    expect(firstName("  Sam   Okoye ")).toBe("Sam");
    expect(firstName("Ngozi")).toBe("Ngozi");
  });

  it("says who is meant when the name is blank, or what the caller asks for", () => {
    expect(firstName("")).toBe("your partner");
    expect(firstName("   ")).toBe("your partner");
    expect(firstName("", "")).toBe("");
  });
});
