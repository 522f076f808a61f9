/**
 * Runs a database command when its file is the process's entry point (`node dist/database/x.js`):
 * it gets DATABASE_URL, prints what it reports, and on failure exits 1 with one line.
 */
export function runAsCommand(
  moduleUrl: string,
  what: string,
  work: (databaseUrl: string) => Promise<string>,
): void {
  if (moduleUrl !== `file://${process.argv[1]}`) {
    return;
  }
  const url = process.env['DATABASE_URL'];
  if (!url) {
    console.error(`DATABASE_URL is missing: set it to the database for ${what}.`);
    process.exit(1);
  }
  work(url)
    .then((report) => console.log(report))
    .catch((error: unknown) => {
      console.error(`Failed ${what}: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
