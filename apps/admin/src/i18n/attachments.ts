// The console's texts for files with an application (issue 8 items 5 and 6): the partner's
// answer's files and a reviewer's evidence for a check.

export const attachmentsEn = {
  attachments: {
    add: 'Attach files',
    add_evidence: 'Attach evidence',
    hint: 'PDF, PNG or JPEG, up to 10 MB each. The files go with what you send.',
    hint_evidence: 'PDF, PNG or JPEG, up to 10 MB each; seen by Microsoft only.',
    uploading: 'Uploading %{name}…',
    uploaded: '%{name} is ready to send.',
    remove: 'Remove %{name}',
    too_large: '%{name} is larger than 10 MB. Send a smaller file.',
    failed: '%{name} was not attached: %{reason}',
    download: 'Download %{name} (%{size})',
    files: 'Files',
  },
};

export const attachmentsSv: typeof attachmentsEn = {
  attachments: {
    add: 'Bifoga filer',
    add_evidence: 'Bifoga underlag',
    hint: 'PDF, PNG eller JPEG, högst 10 MB per fil. Filerna följer med det du skickar.',
    hint_evidence: 'PDF, PNG eller JPEG, högst 10 MB per fil; visas bara för Microsoft.',
    uploading: 'Laddar upp %{name}…',
    uploaded: '%{name} är klar att skickas.',
    remove: 'Ta bort %{name}',
    too_large: '%{name} är större än 10 MB. Skicka en mindre fil.',
    failed: '%{name} bifogades inte: %{reason}',
    download: 'Ladda ned %{name} (%{size})',
    files: 'Filer',
  },
};
