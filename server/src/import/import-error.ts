/** A problem in an imported file, located by its path (`actions[12].communes[0]`). */
export class ImportError extends Error {
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where} : ${problem}`);
    this.name = 'ImportError';
  }
}
