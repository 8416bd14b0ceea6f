import { describe, expect, it } from "vitest";
import { formatDate, formatMonthKey } from "../../src/ui/format-date";

describe("formatDate", () => {
  it("writes each precision honestly", () => {
    expect(formatDate({ date: "2025-11-11", precision: "day" })).toBe("11 Nov 2025");
    expect(formatDate({ date: "2025-07-21", precision: "week", approximate: true })).toBe("week of 21 Jul 2025 (approx.)");
    expect(formatDate({ date: "2025-09", precision: "month" })).toBe("September 2025");
    expect(formatDate({ date: "2025", precision: "year" })).toBe("2025");
    expect(formatDate({ date: "2025-01-05", precision: "day" })).toBe("5 Jan 2025");
  });

  it("labels month groups, and year-only groups without guessing a month", () => {
    expect(formatMonthKey("2025-08")).toBe("August 2025");
    expect(formatMonthKey("2025")).toBe("2025 (month not known)");
  });
});
