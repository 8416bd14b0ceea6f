/** A problem with one input: reported as one line naming the file, never half-written. */
export class IngestError extends Error {
  constructor(
    readonly source: string,
    readonly problem: string,
  ) {
    super(`${source}: ${problem}`);
  }
}
