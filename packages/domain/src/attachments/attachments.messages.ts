export const attachmentsMessages = {
  en: {
    'attachment.invalid_name':
      'Give the file a name of at most {max} characters, without slashes or control characters.',
    'attachment.empty': 'The file is empty.',
    'attachment.too_large': 'The file is larger than {maxMegabytes} MB. Send a smaller file.',
    'attachment.type_not_allowed':
      'Only PDF, PNG and JPEG files can be attached; this file’s contents are {detected}.',
    'attachment.type_mismatch':
      'The file says it is {claimed}, but its contents are {detected}. Rename it or export it again, then send it.',
    'attachment.not_open':
      'Files go with an answer only while information is requested, and with a check only while the application is submitted or in review; this one is “{state}”.',
    'attachment.actor_not_allowed': 'Only these can add this kind of file: {allowed}.',
    'attachment.not_found': 'The file was not found on this application.',
    'attachment.unusable':
      'The file {id} cannot be attached: it was not uploaded by you to this application for this purpose, or it is attached already.',
    'attachment.too_many': 'At most {max} files can be sent at once.',
    'attachment.check_required': 'Name the verification check this evidence is for.',
  },
  sv: {
    'attachment.invalid_name':
      'Ge filen ett namn på högst {max} tecken, utan snedstreck eller styrtecken.',
    'attachment.empty': 'Filen är tom.',
    'attachment.too_large': 'Filen är större än {maxMegabytes} MB. Skicka en mindre fil.',
    'attachment.type_not_allowed':
      'Bara PDF-, PNG- och JPEG-filer kan bifogas; den här filens innehåll är {detected}.',
    'attachment.type_mismatch':
      'Filen anger att den är {claimed}, men innehållet är {detected}. Byt namn på den eller exportera den igen och skicka den sedan.',
    'attachment.not_open':
      'Filer följer med ett svar bara medan information är begärd, och med en kontroll bara medan ansökan är inskickad eller granskas; den här är ”{state}”.',
    'attachment.actor_not_allowed': 'Bara dessa kan lägga till den här sortens fil: {allowed}.',
    'attachment.not_found': 'Filen finns inte på den här ansökan.',
    'attachment.unusable':
      'Filen {id} kan inte bifogas: du har inte laddat upp den till den här ansökan för det här syftet, eller så är den redan bifogad.',
    'attachment.too_many': 'Högst {max} filer kan skickas åt gången.',
    'attachment.check_required': 'Ange vilken verifieringskontroll underlaget gäller.',
  },
} as const;
