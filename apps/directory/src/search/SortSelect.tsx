import { useId } from 'react';
import { useSortBy } from 'react-instantsearch';
import { useI18n } from '../i18n/useI18n';
import { sortChoices } from './routing';

export const SortSelect = () => {
  const { messages } = useI18n();
  const m = messages.search;
  const id = useId();
  const labels = { relevance: m.sort_relevance, name: m.sort_name, confirmed: m.sort_confirmed };
  const { currentRefinement, refine } = useSortBy({
    items: sortChoices.map((choice) => ({ value: choice.value, label: labels[choice.key] })),
  });
  return (
    <div className="sort">
      <label htmlFor={id}>{m.sort}</label>
      <select id={id} value={currentRefinement} onChange={(event) => refine(event.target.value)}>
        {sortChoices.map((choice) => (
          <option key={choice.key} value={choice.value}>
            {labels[choice.key]}
          </option>
        ))}
      </select>
    </div>
  );
};
