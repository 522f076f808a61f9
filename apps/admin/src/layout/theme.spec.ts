import { describe, expect, it } from '@jest/globals';
import { createTheme } from './theme';

describe('the console theme', () => {
  it('keeps the transitions and the ripple when motion is welcome', () => {
    const theme = createTheme(false);
    expect(theme.transitions).toBeUndefined();
    expect(theme.components?.MuiButtonBase).toBeUndefined();
    expect(theme.palette?.primary).toMatchObject({ main: '#1565c0' });
  });

  it('turns them off when the system asks for reduced motion', () => {
    const theme = createTheme(true);
    expect(theme.transitions?.create?.(['opacity'])).toBe('none');
    expect(theme.components?.MuiButtonBase?.defaultProps).toEqual({ disableRipple: true });
    // react-admin's own component settings stay.
    expect(theme.components?.MuiTextField).toBeDefined();
    expect(theme.palette?.primary).toMatchObject({ main: '#1565c0' });
  });
});
