import { frenchDate } from '@quartiers/ui-kit';

/** A calendar date of the procedure, in words (« jeudi 30 octobre 2025 », « lundi 1er décembre 2025 »). */
export const formatDay = (iso: string | null | undefined) => (iso ? frenchDate(iso) : '—');
