import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  base: '/',
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
  build: { target: 'es2022', sourcemap: false },
});
