import { mkdir } from 'node:fs/promises';

export type RunningMailCatcher = {
  /** Where the app sends mail: smtp://127.0.0.1:port */
  readonly smtpUrl: string;
  /** The web inbox. */
  readonly inboxUrl: string;
  stop(): Promise<void>;
};

/** MailDev in this process: an SMTP catcher with a web inbox, mail kept in `dataDir`. */
export async function startMailCatcher(options: {
  readonly smtpPort: number;
  readonly webPort: number;
  readonly dataDir: string;
}): Promise<RunningMailCatcher> {
  await mkdir(options.dataDir, { recursive: true });
  // Loaded here, not at the top: maildev brings jsdom and a mail parser (1.4 s to load), and most
  // importers of @hub/devstack (each API test file, for personas and tokens) never start it.
  const { MailDev } = await import('maildev');
  const maildev = new MailDev({
    smtp: options.smtpPort,
    web: options.webPort,
    ip: '127.0.0.1',
    webIp: '127.0.0.1',
    mailDirectory: options.dataDir,
    silent: true,
  });
  await maildev.start();
  return {
    smtpUrl: `smtp://127.0.0.1:${options.smtpPort}`,
    inboxUrl: `http://127.0.0.1:${options.webPort}/`,
    stop: () => maildev.stop(),
  };
}
