/** A calendar date of the procedure, in words (« jeudi 30 octobre 2025 »). */
export const formatDay = (iso: string | null | undefined) =>
  iso
    ? new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`))
    : '—';
