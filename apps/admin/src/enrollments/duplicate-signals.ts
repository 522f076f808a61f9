import { duplicateSignals, type DuplicateSignal } from '@hub/domain';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Every signal any of the duplicates shares, in the domain's order, each once. */
export const sharedSignals = (
  duplicates: readonly { readonly signals: readonly DuplicateSignal[] }[],
): DuplicateSignal[] =>
  duplicateSignals.filter((signal) => duplicates.some((d) => d.signals.includes(signal)));

/** "Same bank account and PartnerID" / "Samma bankkonto och PartnerID". */
export const describeSignals = (
  signals: readonly DuplicateSignal[],
  translate: Translate,
  locale: string,
): string =>
  translate('resources.enrollments.duplicates.shares', {
    signals: new Intl.ListFormat(locale, { type: 'conjunction' }).format(
      signals.map((signal) => translate(`enums.duplicate_signal.${signal}`)),
    ),
  });
