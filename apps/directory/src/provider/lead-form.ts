// The contact form's rules and its sending. The fields are checked by the domain's own parseLead
// (the API runs the same one), one field at a time against otherwise valid values, so every
// field shows its own error at once; the API's answer is the last word.
import { formatMessage, LEAD_LIMITS, parseLead, type Locale } from '@hub/domain';

export const leadFields = ['name', 'email', 'company', 'country', 'message'] as const;
export type LeadField = (typeof leadFields)[number];
export type LeadValues = Record<LeadField, string>;
export type FieldErrors = Partial<Record<LeadField, string>>;

/** Values every rule accepts, so a check of one field hears only about that field. */
const valid = {
  name: 'Ada Lindqvist',
  email: 'reseller@example.com',
  company: 'Contoso',
  country: 'SE',
  message: 'A message long enough.',
  website: '',
  elapsedMs: LEAD_LIMITS.minimumFillMs,
};

/** Each field's error, in the reader's language, naming the field by its label. */
export function checkLead(
  values: LeadValues,
  { locale, labels }: { locale: Locale; labels: Record<LeadField, string> },
): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of leadFields) {
    const parsed = parseLead({ ...valid, [field]: values[field] });
    if (!parsed.ok) {
      errors[field] = formatMessage(
        parsed.error.code,
        { ...parsed.error.details, field: labels[field] },
        locale,
      );
    }
  }
  return errors;
}

export type LeadOutcome =
  | { readonly kind: 'sent'; readonly id: string }
  | { readonly kind: 'refused'; readonly message: string; readonly field?: LeadField }
  | { readonly kind: 'rate_limited'; readonly retryAfterSeconds: number }
  | { readonly kind: 'failed' };

const isLeadField = (value: unknown): value is LeadField =>
  typeof value === 'string' && (leadFields as readonly string[]).includes(value);

/**
 * POST /api/directory/providers/:id/leads, the API's messages in `locale` (Accept-Language).
 * `website` is the honeypot's value (people leave it empty); `elapsedMs` how long the form was
 * shown.
 */
export async function sendLead({
  providerId,
  values,
  website,
  elapsedMs,
  locale,
}: {
  providerId: string;
  values: LeadValues;
  website: string;
  elapsedMs: number;
  locale: Locale;
}): Promise<LeadOutcome> {
  let response: Response;
  try {
    response = await fetch(`/api/directory/providers/${encodeURIComponent(providerId)}/leads`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'accept-language': locale,
      },
      body: JSON.stringify({
        name: values.name.trim(),
        email: values.email.trim(),
        company: values.company.trim(),
        country: values.country,
        message: values.message.trim(),
        website,
        elapsedMs: Math.round(elapsedMs),
      }),
    });
  } catch {
    return { kind: 'failed' };
  }
  if (response.status === 429) {
    const seconds = Number(response.headers.get('retry-after'));
    return {
      kind: 'rate_limited',
      retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 60,
    };
  }
  const body = (await response.json().catch(() => ({}))) as {
    id?: unknown;
    message?: unknown;
    details?: { field?: unknown };
  };
  if (response.ok && typeof body.id === 'string') {
    return { kind: 'sent', id: body.id };
  }
  if (response.status >= 400 && response.status < 500 && typeof body.message === 'string') {
    const field = body.details?.field;
    return { kind: 'refused', message: body.message, ...(isLeadField(field) ? { field } : {}) };
  }
  return { kind: 'failed' };
}
