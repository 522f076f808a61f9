// The print stylesheet (issue 8 item 4: "a printable case page"): what is printed is the record,
// not the console around it. The app bar, the menu, notifications, every control and anything
// marked `data-print="hide"` are left out; cards lose their shadows and keep together; links and
// download buttons print as their text. Used through MUI's GlobalStyles in the layout.
export const printStyles = {
  '@media print': {
    '@page': { margin: '14mm' },
    body: { background: '#fff' },
    '.MuiAppBar-root, .RaSidebar-root, .MuiDrawer-root, .RaAppBar-root, .MuiSnackbar-root, [data-print="hide"]':
      { display: 'none !important' },
    // Controls do nothing on paper; download buttons print as the file's name.
    'button:not([data-print="keep"]), .MuiInputBase-root, .MuiFormControl-root, [role="combobox"], .MuiDialog-root':
      { display: 'none !important' },
    'button[data-print="keep"]': {
      color: '#000 !important',
      padding: '0 !important',
      minWidth: '0 !important',
    },
    'button[data-print="keep"] .MuiButton-startIcon': { display: 'none' },
    '.RaLayout-content, .RaLayout-contentWithSidebar, main': {
      padding: '0 !important',
      margin: '0 !important',
      width: '100% !important',
      maxWidth: 'none !important',
    },
    '.MuiPaper-root': {
      boxShadow: 'none !important',
      border: '1px solid #ccc',
      breakInside: 'avoid',
    },
    'h1, h2': { breakAfter: 'avoid' },
    a: { color: '#000', textDecoration: 'none' },
  },
} as const;
