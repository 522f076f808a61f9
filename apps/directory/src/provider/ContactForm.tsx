import { LEAD_LIMITS, markets } from '@hub/domain';
import { compareNames } from '@hub/web';
import { type FormEvent, useId, useMemo, useRef, useState } from 'react';
import { format } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';
import { countryLabel } from '../markets/names';
import {
  checkLead,
  type FieldErrors,
  type LeadField,
  type LeadValues,
  leadFields,
  sendLead,
} from './lead-form';

const empty: LeadValues = { name: '', email: '', company: '', country: '', message: '' };

type Sending =
  | { state: 'editing' }
  | { state: 'sending' }
  | { state: 'sent'; email: string }
  | { state: 'failed'; message: string };

/**
 * The reseller's message to the provider: checked as the API checks it, errors beside their
 * fields and summed up on top, a honeypot people never see, and a clear answer once sent.
 */
export const ContactForm = ({
  providerId,
  providerName,
}: {
  providerId: string;
  providerName: string;
}) => {
  const { locale, messages } = useI18n();
  const m = messages.contact;
  const base = useId();
  const idOf = (field: LeadField | 'website' | 'errors' | 'title' | 'hint') => `${base}-${field}`;
  const shownAt = useRef(performance.now());
  const [values, setValues] = useState<LeadValues>(empty);
  const [website, setWebsite] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isChecked, setChecked] = useState(false);
  const [sending, setSending] = useState<Sending>({ state: 'editing' });
  const summary = useRef<HTMLDivElement>(null);
  const done = useRef<HTMLHeadingElement>(null);

  const labels: Record<LeadField, string> = {
    name: m.name,
    email: m.email,
    company: m.company,
    country: m.country,
    message: m.message,
  };
  const countries = useMemo(() => {
    const compare = compareNames(locale);
    return markets
      .map((market) => ({
        code: market.country,
        name: countryLabel(market.country, locale),
      }))
      .sort((a, b) => compare(a.name, b.name));
  }, [locale]);

  const change = (field: LeadField, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (isChecked) {
      setErrors(checkLead(next, { locale, labels }));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending.state === 'sending') {
      return;
    }
    const found = checkLead(values, { locale, labels });
    setChecked(true);
    setErrors(found);
    const first = leadFields.find((field) => found[field]);
    if (first) {
      document.getElementById(idOf(first))?.focus();
      return;
    }
    setSending({ state: 'sending' });
    const outcome = await sendLead({
      providerId,
      values,
      website,
      elapsedMs: performance.now() - shownAt.current,
      locale,
    });
    switch (outcome.kind) {
      case 'sent':
        setSending({ state: 'sent', email: values.email.trim() });
        requestAnimationFrame(() => done.current?.focus());
        return;
      case 'refused':
        if (outcome.field) {
          setErrors({ [outcome.field]: outcome.message });
          document.getElementById(idOf(outcome.field))?.focus();
          setSending({ state: 'editing' });
        } else {
          setSending({ state: 'failed', message: outcome.message });
          requestAnimationFrame(() => summary.current?.focus());
        }
        return;
      case 'rate_limited':
        setSending({
          state: 'failed',
          message: format(m.rate_limited, {
            minutes: Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60)),
          }),
        });
        requestAnimationFrame(() => summary.current?.focus());
        return;
      case 'failed':
        setSending({ state: 'failed', message: m.failed });
        requestAnimationFrame(() => summary.current?.focus());
        return;
    }
  };

  if (sending.state === 'sent') {
    return (
      <section className="panel contact sent" aria-labelledby={idOf('title')}>
        <h2 id={idOf('title')} ref={done} tabIndex={-1}>
          {m.sent_title}
        </h2>
        <p role="status">{format(m.sent_body, { name: providerName, email: sending.email })}</p>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            shownAt.current = performance.now();
            setValues({ ...empty, country: values.country });
            setChecked(false);
            setErrors({});
            setSending({ state: 'editing' });
          }}
        >
          {m.send_another}
        </button>
      </section>
    );
  }

  const errorList = leadFields.filter((field) => errors[field]);
  const field = (name: LeadField) => ({
    id: idOf(name),
    name,
    value: values[name],
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby':
      [errors[name] ? `${idOf(name)}-error` : '', name === 'message' ? idOf('hint') : '']
        .filter(Boolean)
        .join(' ') || undefined,
  });
  const error = (name: LeadField) =>
    errors[name] ? (
      <p id={`${idOf(name)}-error`} className="field-error">
        {errors[name]}
      </p>
    ) : null;

  return (
    <section className="panel contact" aria-labelledby={idOf('title')}>
      <h2 id={idOf('title')}>{format(m.title, { name: providerName })}</h2>
      <p className="muted">{m.intro}</p>
      <div ref={summary} tabIndex={-1} className="form-summary">
        {sending.state === 'failed' && (
          <p className="status-error" role="alert">
            {sending.message}
          </p>
        )}
        {errorList.length > 0 && isChecked && (
          <div className="status-error" role="alert">
            <p>{m.errors_title}</p>
            <ul>
              {errorList.map((name) => (
                <li key={name}>
                  <a href={`#${idOf(name)}`}>{labels[name]}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <form noValidate onSubmit={(event) => void submit(event)} className="contact-form">
        <div className="field">
          <label htmlFor={idOf('name')}>{m.name}</label>
          <input
            {...field('name')}
            autoComplete="name"
            maxLength={LEAD_LIMITS.name.max}
            onChange={(e) => change('name', e.target.value)}
          />
          {error('name')}
        </div>
        <div className="field">
          <label htmlFor={idOf('email')}>{m.email}</label>
          <input
            {...field('email')}
            type="email"
            autoComplete="email"
            inputMode="email"
            onChange={(e) => change('email', e.target.value)}
          />
          {error('email')}
        </div>
        <div className="field">
          <label htmlFor={idOf('company')}>{m.company}</label>
          <input
            {...field('company')}
            autoComplete="organization"
            maxLength={LEAD_LIMITS.company.max}
            onChange={(e) => change('company', e.target.value)}
          />
          {error('company')}
        </div>
        <div className="field">
          <label htmlFor={idOf('country')}>{m.country}</label>
          <select
            {...field('country')}
            autoComplete="country"
            onChange={(e) => change('country', e.target.value)}
          >
            <option value="">{m.choose_country}</option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
          {error('country')}
        </div>
        <div className="field field-wide">
          <label htmlFor={idOf('message')}>{m.message}</label>
          <p id={idOf('hint')} className="hint">
            {m.message_hint}
          </p>
          <textarea
            {...field('message')}
            rows={6}
            maxLength={LEAD_LIMITS.message.max}
            onChange={(e) => change('message', e.target.value)}
          />
          {error('message')}
        </div>
        {/* The honeypot: off screen, out of the tab order and hidden from screen readers. */}
        <div className="honeypot" aria-hidden="true">
          <label htmlFor={idOf('website')}>{m.honeypot}</label>
          <input
            id={idOf('website')}
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={website}
            onChange={(e) => setWebsite(e.target.value)}
          />
        </div>
        <div className="form-actions field-wide">
          <button
            type="submit"
            disabled={sending.state === 'sending'}
            aria-disabled={sending.state === 'sending'}
          >
            {sending.state === 'sending' ? m.sending : m.send}
          </button>
        </div>
      </form>
    </section>
  );
};
