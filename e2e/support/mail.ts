// The mail catcher's inbox (MailDev's REST API), as the e-mail flows read it.

export type CaughtEmail = {
  id: string;
  subject: string;
  to: { address: string; name?: string }[];
  text: string;
};

const mailUrl = (): string => {
  const url = process.env['E2E_MAIL_URL'];
  if (!url) {
    throw new Error('E2E_MAIL_URL is not set: the global setup starts the mail catcher.');
  }
  return url;
};

/** Every e-mail the catcher holds now. */
export async function inbox(): Promise<CaughtEmail[]> {
  const response = await fetch(`${mailUrl()}/api/email`);
  if (!response.ok) {
    throw new Error(`The mail catcher answered ${response.status}.`);
  }
  return (await response.json()) as CaughtEmail[];
}

/** Whether the e-mail went to this address. */
export const isTo = (email: CaughtEmail, address: string): boolean =>
  email.to.some((each) => each.address.toLowerCase() === address.toLowerCase());

/**
 * The first e-mail to `address` whose subject matches, once the API's worker has sent it (it is
 * queued with the change and sent shortly after). Fails naming what arrived meanwhile.
 */
export async function waitForEmail(
  address: string,
  subject: RegExp,
  timeoutMs = 30_000,
  /** Beside address and subject, e.g. a text it must contain (several stories share a stack). */
  matches: (email: CaughtEmail) => boolean = () => true,
): Promise<CaughtEmail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = await inbox();
    const found = seen.find(
      (email) => isTo(email, address) && subject.test(email.subject) && matches(email),
    );
    if (found) {
      return found;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `No e-mail to ${address} with a subject like ${String(subject)} within ${timeoutMs / 1000} s. ` +
          `The inbox: ${JSON.stringify(seen.map((email) => ({ to: email.to.map((to) => to.address), subject: email.subject })))}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The links in an e-mail's text. */
export const linksIn = (email: CaughtEmail): string[] => email.text.match(/https?:\/\/\S+/g) ?? [];
