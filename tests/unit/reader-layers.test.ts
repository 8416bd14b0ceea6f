import { describe, expect, it } from "vitest";
import { READER_LAYERS, shownLayers } from "../../src/ui/reader/layers";

describe("reader layers from the URL", () => {
  it("shows every layer on a plain link", () => {
    expect(shownLayers({}).size).toBe(READER_LAYERS.length);
  });
  it("shows only the checked layers once the form was submitted", () => {
    expect([...shownLayers({ layers: "1", show: ["quote", "date"] })]).toEqual(["quote", "date"]);
    expect(shownLayers({ layers: "1" }).size).toBe(0);
    expect([...shownLayers({ layers: "1", show: "figure,nonsense" })]).toEqual(["figure"]);
  });
});
