import { useClearRefinements, useCurrentRefinements } from 'react-instantsearch';
import { format } from '../i18n/format';
import { useI18n } from '../i18n/useI18n';
import { facetTitle, facetValueLabel } from './labels';
import type { FacetAttribute } from './routing';

/** The filters on, each removable, and one button for them all. */
export const ActiveFilters = () => {
  const i18n = useI18n();
  const m = i18n.messages.search;
  const { items, refine } = useCurrentRefinements();
  const { canRefine, refine: clearAll } = useClearRefinements();
  const chips = items.flatMap((item) =>
    item.refinements.map((refinement) => {
      const attribute = item.attribute as FacetAttribute | 'authorized';
      const label =
        attribute === 'authorized'
          ? m.authorized_only
          : `${facetTitle(attribute, i18n.messages)}: ${facetValueLabel(attribute, String(refinement.value), i18n)}`;
      return { key: `${item.attribute}:${String(refinement.value)}`, label, refinement };
    }),
  );
  if (chips.length === 0) {
    return null;
  }
  return (
    <section className="active-filters" aria-label={m.active_filters}>
      <ul>
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              className="filter-chip"
              aria-label={format(m.remove_filter, { label: chip.label })}
              onClick={() => refine(chip.refinement)}
            >
              {chip.label}
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      {canRefine && chips.length > 1 && (
        <button type="button" className="link-button" onClick={clearAll}>
          {m.clear_filters}
        </button>
      )}
    </section>
  );
};
