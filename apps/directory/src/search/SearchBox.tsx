import { useEffect, useId, useRef, useState } from 'react';
import { useSearchBox } from 'react-instantsearch';
import { useI18n } from '../i18n/useI18n';

/** Search as you type: every keystroke refines; Escape or the clear button empties it. */
export const SearchBox = () => {
  const { messages } = useI18n();
  const m = messages.search;
  const id = useId();
  const { query, refine, clear } = useSearchBox();
  const [value, setValue] = useState(query);
  const input = useRef<HTMLInputElement>(null);

  // The URL (Back, a shared link) may change the query: follow it unless the reader is typing.
  useEffect(() => {
    if (document.activeElement !== input.current) {
      setValue(query);
    }
  }, [query]);

  const change = (next: string) => {
    setValue(next);
    refine(next);
  };
  return (
    <form
      className="search-box"
      role="search"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        input.current?.blur();
      }}
    >
      <label htmlFor={id}>{m.label}</label>
      <div className="search-input">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="search-icon">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          ref={input}
          id={id}
          type="search"
          value={value}
          placeholder={m.placeholder}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={200}
          enterKeyHint="search"
          onChange={(event) => change(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && value !== '') {
              event.preventDefault();
              setValue('');
              clear();
            }
          }}
        />
        {value !== '' && (
          <button
            type="button"
            className="search-clear"
            aria-label={m.reset}
            onClick={() => {
              setValue('');
              clear();
              input.current?.focus();
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
    </form>
  );
};
