import { useEffect } from 'react';

/**
 * react-admin's DataTable puts the row checkbox's `aria-label` on MUI's wrapping <span> (MUI 7
 * reads input attributes from `slotProps.input` only), which leaves the checkbox itself unnamed
 * (axe "label", "aria-prohibited-attr"). This moves each label onto its <input>, as rows render.
 * Call it in the component that shows the DataTable (it watches the page while mounted).
 */
export function useNamedRowCheckboxes() {
  useEffect(() => {
    const root = document.body;
    const fix = () => {
      for (const wrapper of root.querySelectorAll<HTMLElement>(
        '.RaDataTable-checkbox[aria-label]',
      )) {
        const input = wrapper.querySelector('input');
        const label = wrapper.getAttribute('aria-label');
        if (input && label) {
          input.setAttribute('aria-label', label);
          wrapper.removeAttribute('aria-label');
        }
      }
    };
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-label'],
    });
    return () => observer.disconnect();
  }, []);
}
