import { useToggleRefinement } from 'react-instantsearch';
import { useI18n } from '../i18n/useI18n';

/** Only providers Microsoft has authorized (the flag reviewers set), with their count. */
export const AuthorizedToggle = () => {
  const { messages } = useI18n();
  const m = messages.search;
  const { value, refine } = useToggleRefinement({ attribute: 'authorized', on: true });
  return (
    <fieldset className="facet">
      <legend>{m.facet_authorized}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={value.isRefined}
          onChange={() => refine({ isRefined: value.isRefined })}
        />
        <span className="check-label">{m.authorized_only}</span>
        {value.onFacetValue.count !== null && (
          <span className="count">{value.onFacetValue.count}</span>
        )}
      </label>
    </fieldset>
  );
};
