import type { DataSource } from 'typeorm';
export async function importDemoData(_ds: DataSource): Promise<{ summary: string }[]> {
  return [];
}
